// Bulk reads in id order, so the same database always yields the same GraphData.
#include "store/GraphReader.h"

#include "store/BodyLayout.h"

#include <algorithm>
#include <array>
#include <optional>
#include <unordered_map>

namespace newsgraph::core::store {
namespace {

constexpr std::array<std::pair<CurationEdit::Kind, std::string_view>, 10> curationKinds{{
    {CurationEdit::Kind::RenameEntity, "rename_entity"},
    {CurationEdit::Kind::RetypeEntity, "retype_entity"},
    {CurationEdit::Kind::MergeEntities, "merge_entities"},
    {CurationEdit::Kind::SplitAlias, "split_alias"},
    {CurationEdit::Kind::RejectRelation, "reject_relation"},
    {CurationEdit::Kind::RestoreRelation, "restore_relation"},
    {CurationEdit::Kind::SetReview, "set_review"},
    {CurationEdit::Kind::AddEntity, "add_entity"},
    {CurationEdit::Kind::AddRelation, "add_relation"},
    {CurationEdit::Kind::RemoveEntity, "remove_entity"},
}};

std::vector<std::string> splitLines(const std::string& text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        if (end > start)
            lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

SentenceKind sentenceKindFromString(std::string_view id)
{
    if (id == "headline")
        return SentenceKind::Headline;
    if (id == "byline")
        return SentenceKind::Byline;
    return SentenceKind::Body;
}

template <typename Record>
Record* findById(std::vector<Record>& records, std::int64_t id)
{
    auto it = std::lower_bound(records.begin(), records.end(), id,
                               [](const Record& r, std::int64_t v) { return r.id < v; });
    return it != records.end() && it->id == id ? &*it : nullptr;
}

} // namespace

std::string_view toString(CurationEdit::Kind kind)
{
    for (const auto& [k, id] : curationKinds)
        if (k == kind)
            return id;
    return "";
}

std::optional<CurationEdit::Kind> curationKindFromString(std::string_view id)
{
    for (const auto& [k, name] : curationKinds)
        if (name == id)
            return k;
    return std::nullopt;
}

std::vector<ArticleRecord> GraphReader::articles() const
{
    std::vector<ArticleRecord> list;
    auto q = db_.prepare("SELECT id, file_name, source_path, title, outlet, published_date, reporters, content_hash "
                         "FROM articles ORDER BY id");
    while (q.step()) {
        ArticleRecord a;
        a.id = q.int64(0);
        a.fileName = q.text(1);
        a.sourcePath = q.text(2);
        a.title = q.text(3);
        a.outlet = q.text(4);
        a.publishedDate = q.text(5);
        a.reporters = splitLines(q.text(6));
        a.contentHash = q.text(7);
        list.push_back(std::move(a));
    }
    return list;
}

RawGraph GraphReader::read() const
{
    RawGraph raw;
    GraphData& data = raw.data;
    data.articles = articles();

    auto entities = db_.prepare("SELECT id, key, name, type, confidence, origin FROM entities ORDER BY id");
    while (entities.step()) {
        EntityRecord e;
        e.id = entities.int64(0);
        e.key = entities.text(1);
        e.name = entities.text(2);
        e.type = entityTypeFromString(entities.text(3)).value_or(EntityType::Company);
        e.confidence = entities.real(4);
        std::string origin = entities.text(5);
        e.userAdded = origin == "user";
        if (origin != "extracted")
            raw.origin[e.id] = origin;
        raw.entityByKey[e.key] = e.id;
        data.entities.push_back(std::move(e));
    }

    auto keys = db_.prepare("SELECT key, entity FROM entity_keys ORDER BY key");
    while (keys.step())
        raw.entityByKey.emplace(keys.text(0), keys.int64(1));

    auto aliases = db_.prepare("SELECT entity, alias FROM aliases ORDER BY entity, alias");
    while (aliases.step()) {
        if (auto* e = findById(data.entities, aliases.int64(0)); e && aliases.text(1) != e->name)
            e->aliases.push_back(aliases.text(1));
    }

    auto counts = db_.prepare("SELECT entity, count(*) FROM mentions GROUP BY entity ORDER BY entity");
    while (counts.step())
        if (auto* e = findById(data.entities, counts.int64(0)))
            e->mentions = static_cast<int>(counts.int64(1));

    auto inArticles = db_.prepare("SELECT DISTINCT entity, article FROM mentions ORDER BY entity, article");
    while (inArticles.step())
        if (auto* e = findById(data.entities, inArticles.int64(0)))
            e->articles.push_back(inArticles.int64(1));

    auto relations = db_.prepare("SELECT id, type, source, target, user_added FROM relations ORDER BY id");
    while (relations.step()) {
        auto type = relationTypeFromString(relations.text(1));
        if (!type)
            continue; // a type a newer build wrote; this build cannot show it
        RelationRecord r;
        r.id = relations.int64(0);
        r.type = *type;
        r.source = relations.int64(2);
        r.target = relations.int64(3);
        r.userAdded = relations.int64(4) != 0;
        data.relations.push_back(std::move(r));
    }

    auto evidence = db_.prepare(
        "SELECT v.relation, v.article, a.file_name, v.sentence, s.text, v.amount_value, v.amount_currency, "
        "v.amount_qualifier, v.amount_as_written, v.converted_value, v.converted_currency, v.date, v.role, v.tense, "
        "v.confidence, v.trigger FROM evidence v JOIN articles a ON a.id = v.article "
        "LEFT JOIN sentences s ON s.article = v.article AND s.idx = v.sentence "
        "ORDER BY v.relation, v.article, v.sentence, v.id");
    while (evidence.step()) {
        auto* r = findById(data.relations, evidence.int64(0));
        if (!r)
            continue;
        EvidenceRecord ev;
        ev.article = evidence.int64(1);
        ev.articleFile = evidence.text(2);
        ev.sentenceIndex = static_cast<std::size_t>(evidence.int64(3));
        ev.sentence = evidence.text(4);
        if (!evidence.isNull(5)) {
            Amount amount;
            amount.value = evidence.real(5);
            amount.currency = evidence.text(6);
            amount.qualifier = evidence.text(7);
            amount.asWritten = evidence.text(8);
            amount.convertedValue = evidence.optionalReal(9);
            amount.convertedCurrency = evidence.text(10);
            ev.amount = std::move(amount);
        }
        ev.date = evidence.text(11);
        ev.role = evidence.text(12);
        ev.tense = tenseFromString(evidence.text(13));
        ev.confidence = evidence.real(14);
        ev.trigger = evidence.text(15);
        r->evidence.push_back(std::move(ev));
    }
    return raw;
}

SurfaceMentions GraphReader::surfaceMentions(EntityId entity, const std::string& surfaceKey) const
{
    SurfaceMentions result;
    auto q = db_.prepare("SELECT article, count(*) FROM mentions WHERE entity = ? AND surface_key = ? "
                         "GROUP BY article ORDER BY article");
    q.bindAll(entity, surfaceKey);
    while (q.step()) {
        result.articles.push_back(q.int64(0));
        result.count += static_cast<int>(q.int64(1));
    }
    return result;
}

StoredArticle GraphReader::article(ArticleId id) const
{
    StoredArticle stored;
    auto list = articles();
    auto* record = findById(list, id);
    if (!record)
        throw SqlError(Error::Kind::NotFound, "no article with id " + std::to_string(id));
    stored.record = *record;
    std::optional<std::string> gaps;
    auto body = db_.prepare("SELECT body, body_gaps FROM articles WHERE id = ?");
    if (body.bindAll(id).step()) {
        stored.body = body.text(0);
        if (!body.isNull(1))
            gaps = body.text(1);
    }

    auto sentences = db_.prepare("SELECT idx, begin, end, text, kind FROM sentences WHERE article = ? ORDER BY idx");
    sentences.bindAll(id);
    while (sentences.step()) {
        Sentence s;
        s.index = static_cast<std::size_t>(sentences.int64(0));
        s.begin = static_cast<std::size_t>(sentences.int64(1));
        s.end = static_cast<std::size_t>(sentences.int64(2));
        s.text = sentences.text(3);
        s.kind = sentenceKindFromString(sentences.text(4));
        stored.sentences.push_back(std::move(s));
    }
    if (gaps)
        stored.body = bodyFromGaps(*gaps, stored.sentences);

    auto mentions = db_.prepare("SELECT entity, sentence, begin, end FROM mentions WHERE article = ? "
                                "ORDER BY begin, end, entity");
    mentions.bindAll(id);
    while (mentions.step()) {
        StoredMention m;
        m.entity = mentions.int64(0);
        m.sentenceIndex = static_cast<std::size_t>(mentions.int64(1));
        m.begin = static_cast<std::size_t>(mentions.int64(2));
        m.end = static_cast<std::size_t>(mentions.int64(3));
        stored.mentions.push_back(m);
    }
    return stored;
}

std::vector<CurationEdit> GraphReader::curation() const
{
    std::vector<CurationEdit> edits;
    auto q = db_.prepare("SELECT id, kind, entity_key, other_key, value, note, created_at FROM curation ORDER BY id");
    while (q.step()) {
        auto kind = curationKindFromString(q.text(1));
        if (!kind)
            continue; // written by a newer build
        CurationEdit e;
        e.id = q.int64(0);
        e.kind = *kind;
        e.entityKey = q.text(2);
        e.otherKey = q.text(3);
        e.value = q.text(4);
        e.note = q.text(5);
        e.createdAt = q.text(6);
        edits.push_back(std::move(e));
    }
    return edits;
}

} // namespace newsgraph::core::store
