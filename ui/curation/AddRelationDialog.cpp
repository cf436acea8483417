// Asks for a hand-added relation.
#include "AddRelationDialog.h"

#include "models/OntologyLabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace newsgraph::ui {

AddRelationDialog::AddRelationDialog(const QList<const core::EntityRecord*>& entities, QWidget* parent)
    : QDialog(parent), source_(new QComboBox(this)), type_(new QComboBox(this)), target_(new QComboBox(this)),
      note_(new QLineEdit(this))
{
    setWindowTitle(tr("Add Relation"));
    for (const auto* entity : entities) {
        source_->addItem(QString::fromStdString(entity->name), QVariant::fromValue<qint64>(entity->id));
        target_->addItem(QString::fromStdString(entity->name), QVariant::fromValue<qint64>(entity->id));
    }
    if (target_->count() > 1)
        target_->setCurrentIndex(1);
    for (auto type : core::allRelationTypes)
        type_->addItem(relationTypeLabel(type), static_cast<int>(type));
    note_->setPlaceholderText(tr("Source or reason (optional)"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QFormLayout(this);
    layout->addRow(tr("&From:"), source_);
    layout->addRow(tr("&Relation:"), type_);
    layout->addRow(tr("&To:"), target_);
    layout->addRow(tr("N&ote:"), note_);
    layout->addRow(buttons);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    const auto check = [this, ok] { ok->setEnabled(source() != target()); };
    connect(source_, &QComboBox::currentIndexChanged, this, check);
    connect(target_, &QComboBox::currentIndexChanged, this, check);
    check();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

core::EntityId AddRelationDialog::source() const
{
    return source_->currentData().toLongLong();
}

core::EntityId AddRelationDialog::target() const
{
    return target_->currentData().toLongLong();
}

core::RelationType AddRelationDialog::type() const
{
    return static_cast<core::RelationType>(type_->currentData().toInt());
}

QString AddRelationDialog::note() const
{
    return note_->text().trimmed();
}

} // namespace newsgraph::ui
