#include "extract/ner/CharFeatures.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace newsgraph::core::ner {

namespace {

constexpr char32_t beforeSentence = 0x110000;
constexpr char32_t afterSentence = 0x110001;

// Particles are matched on the stem's end; longer ones first so 에서 wins over 서.
constexpr std::u32string_view particles[] = {
    U"에서부터", U"으로부터", U"에서는", U"에서도", U"에게서", U"으로는", U"으로도", U"으로서", U"으로써", U"이라는",
    U"이라고", U"에서의", U"에게는", U"까지는", U"부터는", U"에서", U"에게", U"으로", U"까지", U"부터",
    U"처럼", U"보다", U"이라", U"라고", U"라는", U"이다", U"이며", U"이고", U"과의", U"와의",
    U"에는", U"에도", U"와는", U"과는", U"한테", U"께서", U"이나", U"이는", U"씨는", U"씨가",
    U"씨의", U"씨를", U"이", U"가", U"은", U"는", U"을", U"를", U"의", U"에",
    U"와", U"과", U"로", U"도", U"만", U"씨", U"측", U"들"};

struct Hasher {
    std::uint64_t h;
    explicit Hasher(std::uint32_t templ) : h(0x9E3779B97F4A7C15ULL * (templ + 1)) {}
    Hasher& add(std::uint64_t v)
    {
        h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
        h *= 0xBF58476D1CE4E5B9ULL;
        return *this;
    }
    std::uint32_t done() const
    {
        std::uint64_t z = h;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        z ^= z >> 31;
        return static_cast<std::uint32_t>(z);
    }
};

bool isNumberChar(char32_t c) { return (c >= U'0' && c <= U'9'); }

std::uint32_t bucket(std::size_t n)
{
    return n <= 4 ? static_cast<std::uint32_t>(n) : n <= 6 ? 5 : n <= 9 ? 6 : 7;
}

constexpr std::size_t classCount = static_cast<std::size_t>(CharClass::Boundary) + 1;

// The hashes of the features whose values come from a few small sets (script classes, word
// places, particles, lexicon hits), computed once: a table look-up replaces a multiplication per
// value and two more to finish, for about a quarter of each char's features.
struct SmallFeatureTables {
    std::uint32_t classAt[5][classCount];                          // [d + 2]: Hasher(18 + d).add(class), d = -2..2
    std::uint32_t classTriple[classCount][classCount][classCount]; // Hasher(21)
    std::uint32_t wordPlace[4][8];                                 // Hasher(23).add(place).add(bucket)
    std::uint32_t particlePlace[std::size(particles) + 1][6];      // Hasher(25).add(particle + 1).add(rel + 3)
    std::uint32_t lexiconHit[5][4];                                // Hasher(37).add(lexPos).add(lexCls)
};

const SmallFeatureTables& smallFeatureTables()
{
    static const SmallFeatureTables tables = [] {
        SmallFeatureTables t{};
        for (std::uint32_t d = 0; d < 5; ++d)
            for (std::uint64_t a = 0; a < classCount; ++a)
                t.classAt[d][a] = Hasher(16 + d).add(a).done();
        for (std::uint64_t a = 0; a < classCount; ++a)
            for (std::uint64_t b = 0; b < classCount; ++b)
                for (std::uint64_t c = 0; c < classCount; ++c)
                    t.classTriple[a][b][c] = Hasher(21).add(a).add(b).add(c).done();
        for (std::uint64_t place = 0; place < 4; ++place)
            for (std::uint64_t b = 0; b < 8; ++b)
                t.wordPlace[place][b] = Hasher(23).add(place).add(b).done();
        for (std::uint64_t p = 0; p < std::size(particles) + 1; ++p)
            for (std::uint64_t rel = 0; rel < 6; ++rel)
                t.particlePlace[p][rel] = Hasher(25).add(p).add(rel).done();
        for (std::uint64_t pos = 0; pos < 5; ++pos)
            for (std::uint64_t cls = 0; cls < 4; ++cls)
                t.lexiconHit[pos][cls] = Hasher(37).add(pos).add(cls).done();
        return t;
    }();
    return tables;
}

} // namespace

CharClass charClass(char32_t c)
{
    if (c >= 0xAC00 && c <= 0xD7A3)
        return CharClass::Hangul;
    if ((c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F))
        return CharClass::Jamo;
    if ((c >= U'A' && c <= U'Z') || (c >= 0xFF21 && c <= 0xFF3A))
        return CharClass::Upper;
    if ((c >= U'a' && c <= U'z') || (c >= 0xFF41 && c <= 0xFF5A))
        return CharClass::Lower;
    if ((c >= U'0' && c <= U'9') || (c >= 0xFF10 && c <= 0xFF19))
        return CharClass::Digit;
    if (c == U' ' || c == U'\t' || c == 0xA0 || c == 0x3000 || c == U'\n' || c == U'\r')
        return CharClass::Space;
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF))
        return CharClass::Hanja;
    if (c >= beforeSentence)
        return CharClass::Boundary;
    if (c < 0x80 || (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF))
        return CharClass::Punct;
    return CharClass::Other;
}

std::size_t particleSuffixLength(const std::vector<char32_t>& chars, std::size_t begin, std::size_t end, int* id)
{
    *id = -1;
    for (std::size_t p = 0; p < std::size(particles); ++p) {
        const auto& part = particles[p];
        if (end - begin <= part.size()) // keep at least one char of stem
            continue;
        if (chars[end - 1] != part.back()) // most words end in no particle: a cheap first test
            continue;
        if (std::equal(part.begin(), part.end(), chars.begin() + static_cast<std::ptrdiff_t>(end - part.size()))) {
            *id = static_cast<int>(p);
            return part.size();
        }
    }
    return 0;
}

void CharFeatures::extract(const std::vector<char32_t>& chars, SentenceFeatures& out, const std::vector<FormHint>* hints) const
{
    const std::size_t n = chars.size();
    // At most 38 features per char, 45 with hints: written through a pointer into room made up
    // front, which saved a capacity test per feature.
    out.hashes.clear();
    out.hashes.resize(n * (hints != nullptr ? 48 : 40));
    std::uint32_t* cursor = out.hashes.data();
    out.offsets.assign(1, 0);
    out.offsets.reserve(n + 1);
    // The sentence with three boundary marks on each side, and its script classes: every feature
    // below reads at most three chars beyond either end, so `at` and `cls` need no range tests.
    constexpr std::ptrdiff_t pad = 3;
    // Per-sentence working arrays, reused by the thread's next sentence: allocating them for every
    // sentence cost more than filling them.
    struct Word {
        std::size_t begin, end, core, stemEnd;
        int particle;
        std::uint64_t stem;
    };
    struct Scratch {
        std::vector<char32_t> padded, unitAfter;
        std::vector<std::uint8_t> classes, lexPos, lexCls;
        std::vector<Word> words;
        std::vector<int> wordOf;
    };
    thread_local Scratch scratch;
    std::vector<char32_t>& padded = scratch.padded;
    padded.assign(n + 2 * pad, afterSentence);
    std::fill_n(padded.begin(), pad, beforeSentence);
    std::copy(chars.begin(), chars.end(), padded.begin() + pad);
    std::vector<std::uint8_t>& classes = scratch.classes;
    classes.resize(padded.size());
    for (std::size_t k = 0; k < padded.size(); ++k)
        classes[k] = static_cast<std::uint8_t>(charClass(padded[k]));
    auto at = [&](std::ptrdiff_t i) { return padded[static_cast<std::size_t>(i + pad)]; };
    auto cls = [&](std::ptrdiff_t i) { return static_cast<std::uint64_t>(classes[static_cast<std::size_t>(i + pad)]); };
    auto classOf = [&](std::size_t k) { return static_cast<CharClass>(classes[k + pad]); };

    // Per-eojeol facts, computed once: bounds, stripped end (without trailing punctuation), particle, stem hash.
    std::vector<Word>& words = scratch.words;
    words.clear();
    std::vector<int>& wordOf = scratch.wordOf;
    wordOf.assign(n, -1);
    for (std::size_t i = 0; i < n;) {
        if (classOf(i) == CharClass::Space) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < n && classOf(j) != CharClass::Space)
            ++j;
        std::size_t core = j;
        while (core > i + 1 && classOf(core - 1) == CharClass::Punct)
            --core;
        int particle = -1;
        const std::size_t suffix = particleSuffixLength(chars, i, core, &particle);
        Hasher stem(1000);
        for (std::size_t k = i; k < core - suffix; ++k)
            stem.add(chars[k]);
        for (std::size_t k = i; k < j; ++k)
            wordOf[k] = static_cast<int>(words.size());
        words.push_back({i, j, core, core - suffix, particle, stem.h});
        i = j;
    }

    // Digit runs and the unit that follows them ("16명", "2,500만 달러").
    std::vector<char32_t>& unitAfter = scratch.unitAfter;
    unitAfter.assign(n, 0);
    for (std::size_t i = 0; i < n;) {
        if (!isNumberChar(chars[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < n && (isNumberChar(chars[j]) || ((chars[j] == U',' || chars[j] == U'.') && j + 1 < n && isNumberChar(chars[j + 1]))))
            ++j;
        const char32_t unit = j < n ? chars[j] : afterSentence;
        for (std::size_t k = i; k < j; ++k)
            unitAfter[k] = unit;
        i = j;
    }

    // Lexicon hits as B/I/E/S with their class.
    std::vector<std::uint8_t>& lexPos = scratch.lexPos;
    std::vector<std::uint8_t>& lexCls = scratch.lexCls;
    lexPos.assign(n, 0);
    lexCls.assign(n, 0);
    if (lexicon_ != nullptr)
        for (const auto& m : lexicon_->match(chars))
            for (std::size_t k = m.begin; k < m.end; ++k) {
                lexPos[k] = m.end - m.begin == 1 ? 4 : k == m.begin ? 1 : k + 1 == m.end ? 3 : 2;
                lexCls[k] = static_cast<std::uint8_t>(m.cls);
            }

    static const std::uint32_t bias = Hasher(0).done(); // the feature every position has
    const SmallFeatureTables& tables = smallFeatureTables();
    for (std::size_t ui = 0; ui < n; ++ui) {
        const auto i = static_cast<std::ptrdiff_t>(ui);
        const char32_t c = chars[ui];
        auto emit = [&](const Hasher& h) { *cursor++ = h.done(); };
        *cursor++ = bias;
        for (std::ptrdiff_t d = -3; d <= 3; ++d)
            emit(Hasher(static_cast<std::uint32_t>(4 + d)).add(at(i + d)));
        for (std::ptrdiff_t d = -2; d <= 1; ++d)
            emit(Hasher(static_cast<std::uint32_t>(10 + d)).add(at(i + d)).add(at(i + d + 1)));
        for (std::ptrdiff_t d = -2; d <= 0; ++d)
            emit(Hasher(static_cast<std::uint32_t>(14 + d)).add(at(i + d)).add(at(i + d + 1)).add(at(i + d + 2)));
        for (std::ptrdiff_t d = -2; d <= 2; ++d)
            *cursor++ = tables.classAt[d + 2][cls(i + d)];
        *cursor++ = tables.classTriple[cls(i - 1)][cls(i)][cls(i + 1)];
        emit(Hasher(22).add(cls(i - 2)).add(cls(i - 1)).add(cls(i)).add(cls(i + 1)).add(cls(i + 2)));

        const int w = wordOf[ui];
        if (w >= 0) {
            const Word& word = words[static_cast<std::size_t>(w)];
            const std::size_t len = word.end - word.begin;
            const std::size_t fromStart = ui - word.begin, fromEnd = word.end - 1 - ui;
            const std::uint64_t place = len == 1 ? 0 : fromStart == 0 ? 1 : fromEnd == 0 ? 3 : 2;
            *cursor++ = tables.wordPlace[place][bucket(len)];
            emit(Hasher(24).add(std::min<std::size_t>(fromStart, 3)).add(std::min<std::size_t>(fromEnd, 3)).add(c));
            // Where this char sits relative to the particle: the entity usually ends right before it.
            const auto rel = static_cast<std::ptrdiff_t>(ui) - static_cast<std::ptrdiff_t>(word.stemEnd);
            *cursor++ = tables.particlePlace[word.particle + 1][std::clamp<std::ptrdiff_t>(rel, -3, 2) + 3];
            emit(Hasher(26).add(word.stem).add(std::min<std::size_t>(fromStart, 6)));
            emit(Hasher(27).add(at(static_cast<std::ptrdiff_t>(word.begin))).add(at(static_cast<std::ptrdiff_t>(word.begin) + 1)));
            emit(Hasher(28).add(at(static_cast<std::ptrdiff_t>(word.stemEnd) - 2)).add(at(static_cast<std::ptrdiff_t>(word.stemEnd) - 1)));
            // Neighbouring words: titles after names (대표, 감독), places before organisations.
            if (w > 0) {
                const Word& prev = words[static_cast<std::size_t>(w - 1)];
                emit(Hasher(29).add(at(static_cast<std::ptrdiff_t>(prev.stemEnd) - 2)).add(at(static_cast<std::ptrdiff_t>(prev.stemEnd) - 1)));
            }
            if (static_cast<std::size_t>(w + 1) < words.size()) {
                const Word& next = words[static_cast<std::size_t>(w + 1)];
                emit(Hasher(30).add(at(static_cast<std::ptrdiff_t>(next.begin))).add(at(static_cast<std::ptrdiff_t>(next.begin) + 1)));
                emit(Hasher(31).add(next.stem));
            }
        } else {
            const std::uint64_t prevWord = ui > 0 && wordOf[ui - 1] >= 0 ? 1 : 0;
            const std::uint64_t nextWord = ui + 1 < n && wordOf[ui + 1] >= 0 ? 1 : 0;
            emit(Hasher(32).add(prevWord).add(nextWord).add(cls(i - 1)).add(cls(i + 1)));
        }
        if (unitAfter[ui] != 0) {
            emit(Hasher(33).add(unitAfter[ui]));
            emit(Hasher(34).add(unitAfter[ui]).add(at(i + 1)).add(at(i + 2)));
        }
        if (ui > 0 && isNumberChar(chars[ui - 1]) && !isNumberChar(c))
            emit(Hasher(35).add(c).add(at(i + 1)));
        auto latin = [&](std::size_t k) { return classOf(k) == CharClass::Upper || classOf(k) == CharClass::Lower; };
        if (latin(ui)) {
            std::size_t b = ui, e = ui;
            while (b > 0 && latin(b - 1))
                --b;
            while (e < n && latin(e))
                ++e;
            std::uint64_t upper = 0;
            for (std::size_t k = b; k < e; ++k)
                upper += classOf(k) == CharClass::Upper ? 1 : 0;
            const std::uint64_t shape = upper == 0 ? 0 : upper == e - b ? 1 : classOf(b) == CharClass::Upper ? 2 : 3;
            emit(Hasher(36).add(shape).add(bucket(e - b)).add(ui == b ? 1 : 0));
        }
        if (lexPos[ui] != 0) {
            *cursor++ = tables.lexiconHit[lexPos[ui]][lexCls[ui]];
            emit(Hasher(38).add(lexPos[ui]).add(lexCls[ui]).add(c));
        }
        emit(Hasher(39).add(at(i - 1)).add(at(i)).add(at(i + 1)).add(at(i + 2)));
        if (hints != nullptr) {
            const auto& h = (*hints)[ui];
            auto hintAt = [&](std::ptrdiff_t k) -> std::uint64_t {
                if (k < 0 || k >= static_cast<std::ptrdiff_t>(n))
                    return 99;
                const auto& x = (*hints)[static_cast<std::size_t>(k)];
                return x.place * 16u + x.klueClass;
            };
            emit(Hasher(40).add(h.place).add(h.klueClass));
            emit(Hasher(41).add(h.place).add(h.fineLabel));
            emit(Hasher(42).add(h.place).add(h.klueClass).add(h.reliability));
            emit(Hasher(43).add(h.place).add(h.klueClass).add(c));
            emit(Hasher(44).add(hintAt(i - 1)).add(hintAt(i)).add(hintAt(i + 1)));
            emit(Hasher(45).add(hintAt(i - 2)).add(hintAt(i - 1)).add(hintAt(i)));
            emit(Hasher(46).add(h.place).add(h.fineLabel).add(h.reliability));
        }
        out.offsets.push_back(static_cast<std::uint32_t>(cursor - out.hashes.data()));
    }
    out.hashes.resize(static_cast<std::size_t>(cursor - out.hashes.data()));
}

} // namespace newsgraph::core::ner
