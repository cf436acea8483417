#include "extract/ner/NerModelFile.h"

#include "extract/ner/CharFeatures.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <memory>

namespace newsgraph::core::ner {

namespace {

// Little-endian host assumed (x86-64, aarch64); the header's byte-order mark catches anything else.
class ByteWriter
{
public:
    template <typename T> void put(const T& v) { append(&v, sizeof v); }
    void append(const void* p, std::size_t n) { bytes.append(static_cast<const char*>(p), n); }
    void putString(const std::string& s)
    {
        put(static_cast<std::uint32_t>(s.size()));
        append(s.data(), s.size());
    }
    std::string bytes;
};

class ByteReader
{
public:
    ByteReader(std::unique_ptr<char[]> data, std::size_t size) : bytes_(std::move(data)), size_(size) {}
    template <typename T> bool get(T& v) { return take(&v, sizeof v); }
    bool take(void* p, std::size_t n)
    {
        const char* from = view(n);
        if (from == nullptr)
            return false;
        std::memcpy(p, from, n);
        return true;
    }
    // The next n bytes in place (no copy), or nullptr when fewer remain.
    const char* view(std::size_t n)
    {
        if (size_ - pos_ < n)
            return nullptr;
        const char* at = bytes_.get() + pos_;
        pos_ += n;
        return at;
    }
    bool getString(std::string& s)
    {
        std::uint32_t n = 0;
        const char* from = get(n) ? view(n) : nullptr;
        if (from == nullptr)
            return false;
        s.assign(from, n);
        return true;
    }
    bool atEnd() const { return pos_ == size_; }

private:
    std::unique_ptr<char[]> bytes_; // not value-initialised: the file fills it
    std::size_t size_ = 0;
    std::size_t pos_ = 0;
};

constexpr std::uint32_t byteOrderMark = 0x01020304;

} // namespace

void quantiseEmission(const std::vector<float>& weights, NerModelData& data)
{
    const std::size_t rows = std::size_t{1} << data.hashBits;
    float maxAbs = 0;
    for (const float w : weights)
        maxAbs = std::max(maxAbs, std::fabs(w));
    data.emissionScale = maxAbs > 0 ? maxAbs / 32767.0f : 1.0f;
    data.emission.assign(rows * rowStride, 0);
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t t = 0; t < static_cast<std::size_t>(tagCount); ++t)
            data.emission[r * rowStride + t] =
                static_cast<std::int16_t>(std::lround(weights[r * tagCount + t] / data.emissionScale));
}

Result<void> writeModelFile(const std::filesystem::path& file, const NerModelData& data)
{
    ByteWriter w;
    w.append(modelMagic, sizeof modelMagic);
    w.put(byteOrderMark);
    w.put(modelFormatVersion);
    w.put(static_cast<std::uint32_t>(tagCount));
    for (int t = 0; t < tagCount; ++t)
        w.putString(tagName(t));
    w.put(data.hashBits);
    w.put(data.templateId);
    w.put(data.emissionScale);
    w.put(data.confidenceScale);
    w.append(data.transitions.next.data(), sizeof data.transitions.next);
    w.append(data.transitions.start.data(), sizeof data.transitions.start);
    // Emission rows: a presence bitmap, then only the non-zero rows (tagCount values each).
    const std::size_t rows = std::size_t{1} << data.hashBits;
    std::vector<std::uint8_t> bitmap((rows + 7) / 8, 0);
    std::vector<std::int16_t> packed;
    for (std::size_t r = 0; r < rows; ++r) {
        const auto* row = &data.emission[r * rowStride];
        if (std::all_of(row, row + tagCount, [](std::int16_t v) { return v == 0; }))
            continue;
        bitmap[r / 8] |= static_cast<std::uint8_t>(1u << (r % 8));
        packed.insert(packed.end(), row, row + tagCount);
    }
    w.append(bitmap.data(), bitmap.size());
    w.put(static_cast<std::uint64_t>(packed.size()));
    w.append(packed.data(), packed.size() * sizeof(std::int16_t));
    w.put(static_cast<std::uint32_t>(data.lexicon.entries().size()));
    for (const auto& e : data.lexicon.entries()) {
        w.putString(e.name);
        w.putString(e.type);
    }
    const auto& sw = data.subtyper.weights();
    w.put(static_cast<std::uint64_t>(sw.size()));
    w.append(sw.data(), sw.size() * sizeof(float));

    const auto tmp = std::filesystem::path(file.string() + ".tmp");
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out)
            return fail(Error::Kind::Io, tmp.string() + ": cannot write model file");
        out.write(w.bytes.data(), static_cast<std::streamsize>(w.bytes.size()));
        if (!out)
            return fail(Error::Kind::Io, tmp.string() + ": write failed");
    }
    std::error_code ec;
    std::filesystem::rename(tmp, file, ec);
    if (ec)
        return fail(Error::Kind::Io, file.string() + ": cannot replace model file: " + ec.message());
    return {};
}

Result<NerModelData> readModelFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return fail(Error::Kind::NotFound, file.string() + ": cannot open NER model file");
    in.seekg(0, std::ios::end);
    const auto size = static_cast<std::streamoff>(in.tellg());
    in.seekg(0, std::ios::beg);
    const auto byteCount = static_cast<std::size_t>(std::max<std::streamoff>(size, 0));
    std::unique_ptr<char[]> bytes(new char[byteCount]);
    if (!in.read(bytes.get(), static_cast<std::streamsize>(byteCount)))
        return fail(Error::Kind::Io, file.string() + ": cannot read NER model file");
    ByteReader r(std::move(bytes), byteCount);
    auto bad = [&](const std::string& what) { return fail(Error::Kind::InvalidInput, file.string() + ": not a usable NER model (" + what + ")"); };

    char magic[sizeof modelMagic];
    std::uint32_t bom = 0, version = 0, tags = 0;
    if (!r.take(magic, sizeof magic) || std::memcmp(magic, modelMagic, sizeof magic) != 0)
        return bad("wrong magic");
    if (!r.get(bom) || bom != byteOrderMark)
        return bad("byte order");
    if (!r.get(version) || version != modelFormatVersion)
        return bad("format version " + std::to_string(version) + ", expected " + std::to_string(modelFormatVersion));
    if (!r.get(tags) || tags != static_cast<std::uint32_t>(tagCount))
        return bad("tag count");
    for (int t = 0; t < tagCount; ++t) {
        std::string name;
        if (!r.getString(name) || name != tagName(t))
            return bad("tag set differs at tag " + std::to_string(t));
    }
    NerModelData data;
    if (!r.get(data.hashBits) || data.hashBits < 8 || data.hashBits > 26)
        return bad("hash size");
    if (!r.get(data.templateId) || data.templateId != featureTemplateId)
        return bad("feature template " + std::to_string(data.templateId) + ", this build uses " + std::to_string(featureTemplateId));
    if (!r.get(data.emissionScale) || !r.get(data.confidenceScale) ||
        !r.take(data.transitions.next.data(), sizeof data.transitions.next) ||
        !r.take(data.transitions.start.data(), sizeof data.transitions.start))
        return bad("truncated header");
    const std::size_t rows = std::size_t{1} << data.hashBits;
    std::vector<std::uint8_t> bitmap((rows + 7) / 8);
    std::uint64_t packedSize = 0;
    if (!r.take(bitmap.data(), bitmap.size()) || !r.get(packedSize))
        return bad("truncated weights");
    if (packedSize > rows * tagCount)
        return bad("weight rows do not match their bitmap");
    const char* packed = r.view(packedSize * sizeof(std::int16_t));
    if (packed == nullptr)
        return bad("truncated weights");
    data.emission.assign(rows * rowStride, 0);
    std::size_t next = 0;
    for (std::size_t r0 = 0; r0 < rows; ++r0) {
        if ((bitmap[r0 / 8] & (1u << (r0 % 8))) == 0)
            continue;
        if (next + tagCount > packedSize)
            return bad("weight rows do not match their bitmap");
        std::memcpy(&data.emission[r0 * rowStride], packed + next * sizeof(std::int16_t), tagCount * sizeof(std::int16_t));
        next += tagCount;
    }
    if (next != packedSize)
        return bad("weight rows do not match their bitmap");
    std::uint32_t lexiconSize = 0;
    if (!r.get(lexiconSize))
        return bad("truncated lexicon");
    std::vector<LexiconEntry> entries(lexiconSize);
    for (auto& e : entries)
        if (!r.getString(e.name) || !r.getString(e.type))
            return bad("truncated lexicon");
    data.lexicon = NerLexicon::fromEntries(std::move(entries));
    std::uint64_t subtypeSize = 0;
    if (!r.get(subtypeSize) || subtypeSize != data.subtyper.weights().size())
        return bad("sub-type weights");
    std::vector<float> sw(subtypeSize);
    if (!r.take(sw.data(), sw.size() * sizeof(float)) || !r.atEnd())
        return bad("sub-type weights");
    data.subtyper.setWeights(std::move(sw));
    return data;
}

} // namespace newsgraph::core::ner
