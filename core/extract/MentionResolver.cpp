#include "extract/MentionResolver.h"

#include "extract/CountryPrefixedBodies.h"
#include "extract/GenericNouns.h"
#include "extract/Lexicon.h"
#include "extract/NameShape.h"
#include "text/NameKey.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <string_view>
#include <unordered_map>

namespace newsgraph::core {
namespace {

// Union-find over name nodes; a root keeps at most one lexicon id so that two known entities never merge.
class NameClusters
{
public:
    std::size_t node(const std::string& key, std::string_view lexId)
    {
        auto [it, inserted] = index_.try_emplace(key, parent_.size());
        if (inserted) {
            parent_.push_back(it->second);
            lex_.emplace_back(lexId);
        } else if (!lexId.empty() && lex_[find(it->second)].empty()) {
            lex_[find(it->second)] = lexId;
        }
        return it->second;
    }
    std::size_t find(std::size_t x)
    {
        while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
        return x;
    }
    void unite(std::size_t a, std::size_t b)
    {
        a = find(a);
        b = find(b);
        if (a == b) return;
        if (!lex_[a].empty() && !lex_[b].empty() && lex_[a] != lex_[b]) return;
        if (b < a) std::swap(a, b);
        parent_[b] = a;
        if (lex_[a].empty()) lex_[a] = lex_[b];
    }
    const std::string& lexOf(std::size_t x) { return lex_[find(x)]; }
    std::size_t size() const { return parent_.size(); }

private:
    std::unordered_map<std::string, std::size_t> index_;
    std::vector<std::size_t> parent_;
    std::vector<std::string> lex_;
};

struct Chosen {
    std::size_t sentence = 0;
    const EntityCandidate* candidate = nullptr;
    std::size_t headToken = 0;
    std::size_t node = 0;
};

double priority(const EntityCandidate& c)
{
    return c.confidence + 0.04 * double(c.lastToken - c.firstToken) + (c.source == EntitySource::Lexicon ? 0.02 : 0.0);
}

// Confidence summed per type; the type with most wins, the first in declaration order among equals.
class TypeVotes
{
public:
    void add(EntityType type, double confidence)
    {
        const auto k = static_cast<std::size_t>(type);
        voted_[k] = true;
        votes_[k] += confidence;
    }
    EntityType winner(EntityType none) const
    {
        EntityType best = none;
        double bestVotes = -1;
        for (std::size_t k = 0; k < typeCount; ++k)
            if (voted_[k] && votes_[k] > bestVotes) bestVotes = votes_[k], best = static_cast<EntityType>(k);
        return best;
    }

private:
    static constexpr std::size_t typeCount = static_cast<std::size_t>(EntityType::Event) + 1;
    std::array<double, typeCount> votes_{};
    std::array<bool, typeCount> voted_{};
};

bool isAcronymName(const std::string& name) { return isAcronym(name); }

} // namespace

ArticleEntities MentionResolver::resolve(const std::vector<AnalysedSentence>& sentences, double minConfidence) const
{
    // 1. Non-overlapping choice per sentence, best candidates first.
    std::vector<Chosen> chosen;
    std::size_t candidateCount = 0;
    for (const auto& s : sentences) candidateCount += s.candidates.size();
    chosen.reserve(candidateCount);
    // Scratch lists, reused by every sentence.
    std::vector<const EntityCandidate*> order;
    std::vector<Chosen> local;
    std::vector<Chosen> kept;
    for (std::size_t si = 0; si < sentences.size(); ++si) {
        const auto& s = sentences[si];
        order.clear();
        for (const auto& c : s.candidates)
            if (c.confidence >= minConfidence && !isGenericNoun(c.name)) order.push_back(&c);
        std::stable_sort(order.begin(), order.end(),
                         [](const EntityCandidate* a, const EntityCandidate* b) { return priority(*a) > priority(*b); });
        local.clear();
        for (const EntityCandidate* c : order) {
            bool overlaps = false;
            for (auto& other : local) {
                const EntityCandidate& o = *other.candidate;
                if (c->firstToken <= o.lastToken && o.firstToken <= c->lastToken) {
                    overlaps = true;
                    // The same span from a weaker recogniser may still know where the phrase's particle is, when the
                    // chosen one does not ("창업자인 윤서진 대표는": the title after the name keeps the head).
                    if (c->firstToken == o.firstToken && c->lastToken == o.lastToken && c->headToken != static_cast<std::size_t>(-1) &&
                        o.headToken == static_cast<std::size_t>(-1))
                        other.headToken = c->headToken;
                    break;
                }
            }
            if (!overlaps) local.push_back({si, c, c->head(), 0});
        }
        std::sort(local.begin(), local.end(),
                  [](const Chosen& a, const Chosen& b) { return a.candidate->firstToken < b.candidate->firstToken; });
        // "마이크로소프트(MS)": the alias in parentheses is part of the first mention, not a second one.
        const auto& tokens = s.tokens;
        kept.clear();
        for (const auto& ch : local) {
            const std::size_t f = ch.candidate->firstToken;
            // A person in parentheses after an organisation is its officer, not its other name:
            // "반부패수사부(김재훈 부장검사)", "한빛전자(대표 김민수)".
            const bool person = ch.candidate->type == EntityType::Person;
            const bool alias = f >= 2 && tokens[f - 1].punct == PunctKind::OpenParen && !tokens[f - 1].spaceBefore &&
                               std::any_of(local.begin(), local.end(), [&](const Chosen& o) {
                                   return o.candidate->lastToken == f - 2 &&
                                          (!person || o.candidate->type == EntityType::Person);
                               });
            if (!alias) kept.push_back(ch);
        }
        chosen.insert(chosen.end(), kept.begin(), kept.end());
    }

    // 2. Cluster by lexicon id, names, aliases and full names of short forms.
    NameClusters clusters;
    // Keys and lexicon look-ups normalise with ICU; an article repeats its names, so remember them.
    std::unordered_map<std::string, std::string> keyCache;
    auto key = [&](const std::string& name) -> const std::string& {
        auto [it, inserted] = keyCache.try_emplace(name);
        if (inserted) it->second = nameKey(name);
        return it->second;
    };
    std::unordered_map<std::string, const LexiconEntry*> lexiconCache;
    auto findByName = [&](const std::string& name) {
        auto [it, inserted] = lexiconCache.try_emplace(name, nullptr);
        if (inserted) it->second = lexicon_->findByName(name);
        return it->second;
    };
    auto lexiconIdFor = [&](const EntityCandidate& c) -> std::string_view {
        if (c.lexicon) return c.lexicon->id;
        if (!lexicon_) return {};
        if (const LexiconEntry* e = findByName(c.fullName.empty() ? c.name : c.fullName)) return e->id;
        for (const auto& alias : c.aliases)
            if (const LexiconEntry* e = findByName(alias)) return e->id;
        return {};
    };
    // Bare ministry names follow the country the article wrote them with ("중국 상무부 ... 상무부는").
    auto surfaceOf = [&](const Chosen& ch) {
        const EntityCandidate& c = *ch.candidate;
        return std::string_view(sentences[ch.sentence].sentence->text).substr(c.begin, c.end - c.begin);
    };
    // Views of ids owned by the lexicon, looked up once per mention.
    std::vector<std::string_view> lexiconIds;
    lexiconIds.reserve(chosen.size());
    for (const auto& ch : chosen) lexiconIds.push_back(lexiconIdFor(*ch.candidate));
    CountryPrefixedBodies prefixed;
    if (lexicon_)
        for (std::size_t k = 0; k < chosen.size(); ++k)
            if (const std::string_view id = lexiconIds[k]; !id.empty())
                if (const LexiconEntry* e = lexicon_->find(id)) prefixed.add(*e, surfaceOf(chosen[k]));
    std::string lexKey;
    for (std::size_t k = 0; k < chosen.size(); ++k) {
        Chosen& ch = chosen[k];
        const EntityCandidate& c = *ch.candidate;
        std::string_view lexId = lexiconIds[k];
        if (const LexiconEntry* e = lexId.empty() || !lexicon_ ? nullptr : lexicon_->find(lexId))
            lexId = prefixed.choose(*e, surfaceOf(ch)).id;
        if (!lexId.empty()) {
            lexKey.assign("lex:").append(lexId);
            ch.node = clusters.node(lexKey, lexId);
            // Rule names the lexicon knows keep their spelling as a link for later short forms.
            clusters.unite(ch.node, clusters.node(key(c.name), lexId));
            continue;
        }
        ch.node = clusters.node(key(c.fullName.empty() ? c.name : c.fullName), {});
        if (!c.fullName.empty()) continue;
        for (const auto& alias : c.aliases) {
            const std::string& aliasKey = key(alias);
            if (!aliasKey.empty()) clusters.unite(ch.node, clusters.node(aliasKey, {}));
        }
    }

    // 3. One entity per cluster, in order of first mention.
    ArticleEntities out;
    out.bySentence.resize(sentences.size());
    constexpr std::size_t noEntity = static_cast<std::size_t>(-1);
    std::vector<std::size_t> entityOfRoot(clusters.size(), noEntity);
    std::vector<TypeVotes> typeVotes;
    std::vector<std::size_t> entityOfMention; // parallel to out.mentions, until the keys are known
    entityOfMention.reserve(chosen.size());
    out.mentions.reserve(chosen.size());
    std::vector<double> bestNameScore;
    std::vector<const LexiconEntry*> appliedEntry; // the lexicon entry that named the entity, if any
    std::vector<char> ruleBacked; // some mention came from the lexicon or a rule, not only from the model
    for (auto& ch : chosen) {
        const EntityCandidate& c = *ch.candidate;
        const std::size_t root = clusters.find(ch.node);
        if (entityOfRoot[root] == noEntity) {
            entityOfRoot[root] = out.entities.size();
            out.entities.emplace_back().confidence = 0;
            typeVotes.emplace_back();
            bestNameScore.push_back(-1);
            ruleBacked.push_back(0);
            appliedEntry.push_back(nullptr);
        }
        const std::size_t idx = entityOfRoot[root];
        ExtractedEntity& e = out.entities[idx];
        if (c.source != EntitySource::Model) ruleBacked[idx] = 1;
        const std::string& lexId = clusters.lexOf(root);
        const LexiconEntry* entry = (!lexId.empty() && lexicon_) ? lexicon_->find(lexId) : nullptr;
        if (!entry && c.lexicon && c.lexicon->id == lexId) entry = c.lexicon;
        if (entry && appliedEntry[idx] != entry) {
            // Once per entity: later mentions bring the same entry, and no rule name outscores it.
            appliedEntry[idx] = entry;
            e.key = "lex:" + entry->id;
            e.name = entry->name;
            e.type = entry->type;
            e.source = EntitySource::Lexicon;
            bestNameScore[idx] = 10;
        } else if (!entry) {
            typeVotes[idx].add(c.type, c.confidence);
            // Full names beat short forms and acronyms; otherwise the most confident, then the first.
            const std::string& candidateName = c.fullName.empty() ? c.name : c.fullName;
            const double score = c.confidence - (isAcronymName(candidateName) ? 0.5 : 0.0) - (c.fullName.empty() ? 0.0 : 0.2);
            if (score > bestNameScore[idx]) {
                bestNameScore[idx] = score;
                e.name = candidateName;
            }
        }
        e.confidence = std::max(e.confidence, c.confidence);
        auto addAlias = [&](const std::string& a) {
            if (!a.empty() && std::find(e.aliases.begin(), e.aliases.end(), a) == e.aliases.end()) e.aliases.push_back(a);
        };
        const auto& s = sentences[ch.sentence];
        // A bare name moved to another country's body keeps its words, not the first body's name.
        const bool redirected = entry && c.lexicon && c.lexicon->id != entry->id;
        if (redirected)
            addAlias(std::string(s.sentence->text.substr(c.begin, c.end - c.begin)));
        else
            addAlias(c.name);
        if (c.fullName.empty() && !redirected)
            for (const auto& a : c.aliases) addAlias(a);

        ResolvedMention m;
        m.entity = idx;
        m.firstToken = c.firstToken;
        m.lastToken = c.lastToken;
        m.headToken = ch.headToken;
        m.begin = c.begin;
        m.end = c.end;
        m.confidence = c.confidence;
        out.bySentence[ch.sentence].push_back(m);
        out.mentions.push_back({{}, s.sentence->index, s.sentence->begin + c.begin, s.sentence->begin + c.end,
                                std::string(s.sentence->text.substr(c.begin, c.end - c.begin))});
        entityOfMention.push_back(idx);
    }
    for (std::size_t i = 0; i < out.entities.size(); ++i) {
        ExtractedEntity& e = out.entities[i];
        if (e.source != EntitySource::Lexicon) {
            e.type = typeVotes[i].winner(e.type);
            e.key = "name:" + key(e.name);
            e.source = ruleBacked[i] ? EntitySource::Rule : EntitySource::Model;
        }
        std::erase(e.aliases, e.name);
    }
    for (std::size_t k = 0; k < out.mentions.size(); ++k) out.mentions[k].entityKey = out.entities[entityOfMention[k]].key;
    return out;
}

} // namespace newsgraph::core
