// Filter page: entity and relation types.
#include "TypeFilterPage.h"

#include "CheckList.h"

#include "models/CheckableCountModel.h"
#include "models/OntologyLabels.h"

#include <QLabel>
#include <QVBoxLayout>

#include <map>

namespace newsgraph::ui {
namespace {

// A type set in the filter: empty when every type is checked ("no restriction").
template <typename Enum>
std::set<Enum> checkedSet(const CheckableCountModel& model)
{
    std::set<Enum> types;
    if (model.allChecked())
        return types;
    for (const QVariant& key : model.checkedKeys())
        types.insert(static_cast<Enum>(key.toInt()));
    return types;
}

template <typename Enum>
QList<QVariant> keysOf(const std::set<Enum>& types)
{
    QList<QVariant> keys;
    for (Enum type : types)
        keys.append(static_cast<int>(type));
    return keys;
}

} // namespace

TypeFilterPage::TypeFilterPage(QWidget* parent)
    : QWidget(parent), entityTypes_(new CheckableCountModel(this)), relationTypes_(new CheckableCountModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Entity types"), this));
    layout->addWidget(new CheckList(entityTypes_, QStringLiteral("entityTypeList"), this), 1);
    layout->addWidget(new QLabel(tr("Relation types"), this));
    layout->addWidget(new CheckList(relationTypes_, QStringLiteral("relationTypeList"), this), 1);

    connect(entityTypes_, &CheckableCountModel::checkedChanged, this, [this] { emit edited(FilterEdit::EntityTypes); });
    connect(relationTypes_, &CheckableCountModel::checkedChanged, this,
            [this] { emit edited(FilterEdit::RelationTypes); });
    setGraph({});
}

void TypeFilterPage::setGraph(const core::GraphData& graph)
{
    std::map<core::EntityType, int> entityCounts;
    for (const auto& entity : graph.entities)
        ++entityCounts[entity.type];
    QList<CheckableCountModel::Row> entityRows;
    for (auto type : core::allEntityTypes)
        entityRows.append({static_cast<int>(type), entityTypeLabel(type), entityCounts[type], true});
    entityTypes_->setRows(entityRows);

    std::map<core::RelationType, int> relationCounts;
    for (const auto& relation : graph.relations)
        ++relationCounts[relation.type];
    QList<CheckableCountModel::Row> relationRows;
    for (auto type : core::allRelationTypes)
        relationRows.append({static_cast<int>(type), relationTypeLabel(type), relationCounts[type], true});
    relationTypes_->setRows(relationRows);
}

void TypeFilterPage::readFrom(const core::GraphFilter& filter)
{
    entityTypes_->setCheckedKeys(keysOf(filter.entityTypes));
    relationTypes_->setCheckedKeys(keysOf(filter.relationTypes));
}

void TypeFilterPage::writeTo(core::GraphFilter& filter) const
{
    filter.entityTypes = checkedSet<core::EntityType>(*entityTypes_);
    filter.relationTypes = checkedSet<core::RelationType>(*relationTypes_);
}

} // namespace newsgraph::ui
