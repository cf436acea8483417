// Field names follow the export contract; optional fields are omitted rather than written empty.
#include "io/JsonExporter.h"

#include "io/ExportView.h"
#include "io/JsonWriter.h"

namespace newsgraph::core {
namespace {

void writeAmount(JsonWriter& json, const Amount& amount)
{
    json.beginObject();
    json.field("value", amount.value);
    json.field("currency", amount.currency);
    if (!amount.qualifier.empty())
        json.field("qualifier", amount.qualifier);
    if (!amount.asWritten.empty())
        json.field("as_written", amount.asWritten);
    if (amount.convertedValue) {
        json.key("converted");
        json.beginObject();
        json.field("value", *amount.convertedValue);
        json.field("currency", amount.convertedCurrency);
        json.endObject();
    }
    json.endObject();
}

void writeArticles(JsonWriter& json, const ExportView& view)
{
    json.key("articles");
    json.beginArray();
    for (const ArticleRecord* article : view.articles()) {
        json.beginObject();
        json.field("id", articleRef(article->id));
        json.field("file", article->fileName);
        json.field("title", article->title);
        if (!article->outlet.empty())
            json.field("outlet", article->outlet);
        if (!article->publishedDate.empty())
            json.field("date", article->publishedDate);
        if (!article->reporters.empty()) {
            json.key("reporters");
            json.beginArray();
            for (const auto& reporter : article->reporters)
                json.value(reporter);
            json.endArray();
        }
        json.endObject();
    }
    json.endArray();
}

void writeEntities(JsonWriter& json, const ExportView& view)
{
    json.key("entities");
    json.beginArray();
    for (const EntityRecord* entity : view.entities()) {
        json.beginObject();
        json.field("id", entityRef(entity->id));
        json.field("name", entity->name);
        json.field("type", toString(entity->type));
        json.key("aliases");
        json.beginArray();
        for (const auto& alias : entity->aliases)
            if (alias != entity->name)
                json.value(alias);
        json.endArray();
        json.field("mentions", entity->mentions);
        json.field("articles", entity->articles.size());
        if (!entity->key.empty())
            json.field("key", entity->key);
        if (entity->userAdded)
            json.field("user_added", true);
        json.endObject();
    }
    json.endArray();
}

void writeEvidence(JsonWriter& json, const ExportView& view, const EvidenceRecord& evidence)
{
    json.beginObject();
    json.field("article", view.articleName(evidence));
    json.field("sentence_index", evidence.sentenceIndex);
    json.field("sentence", evidence.sentence);
    if (evidence.amount) {
        json.key("amount");
        writeAmount(json, *evidence.amount);
    }
    if (!evidence.date.empty())
        json.field("date", evidence.date);
    if (!evidence.role.empty())
        json.field("role", evidence.role);
    if (evidence.tense != Tense::Unspecified)
        json.field("tense", toString(evidence.tense));
    json.field("confidence", evidence.confidence);
    if (!evidence.trigger.empty())
        json.field("trigger", evidence.trigger);
    json.endObject();
}

void writeRelations(JsonWriter& json, const ExportView& view)
{
    json.key("relations");
    json.beginArray();
    for (const ExportRelation& relation : view.relations()) {
        json.beginObject();
        json.field("id", relationRef(relation.record->id));
        json.field("source", entityRef(relation.source));
        json.field("target", entityRef(relation.target));
        json.field("type", toString(relation.type()));
        json.field("weight", relation.weight());
        json.field("review", toString(relation.record->review));
        if (relation.record->userAdded)
            json.field("user_added", true);
        if (!relation.record->note.empty())
            json.field("note", relation.record->note);
        json.key("evidence");
        json.beginArray();
        for (const auto& evidence : relation.evidence)
            writeEvidence(json, view, evidence);
        json.endArray();
        json.endObject();
    }
    json.endArray();
}

} // namespace

void JsonExporter::write(const GraphData& data, std::ostream& out) const
{
    const ExportView view(data);
    JsonWriter json(out);
    json.beginObject();
    json.field("format", "newsgraph-export");
    json.field("version", 1);
    writeArticles(json, view);
    writeEntities(json, view);
    writeRelations(json, view);
    json.endObject();
}

} // namespace newsgraph::core
