// Asks for a hand-added entity.
#include "AddEntityDialog.h"

#include "models/OntologyLabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace newsgraph::ui {

AddEntityDialog::AddEntityDialog(QWidget* parent)
    : QDialog(parent), name_(new QLineEdit(this)), type_(new QComboBox(this)), note_(new QLineEdit(this))
{
    setWindowTitle(tr("Add Entity"));
    for (auto type : core::allEntityTypes)
        type_->addItem(entityTypeLabel(type), static_cast<int>(type));
    type_->setCurrentIndex(static_cast<int>(core::EntityType::Company));
    note_->setPlaceholderText(tr("Source or reason (optional)"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QFormLayout(this);
    layout->addRow(tr("&Name:"), name_);
    layout->addRow(tr("&Type:"), type_);
    layout->addRow(tr("N&ote:"), note_);
    layout->addRow(buttons);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(name_, &QLineEdit::textChanged, ok, [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString AddEntityDialog::name() const
{
    return name_->text().trimmed();
}

core::EntityType AddEntityDialog::type() const
{
    return static_cast<core::EntityType>(type_->currentData().toInt());
}

QString AddEntityDialog::note() const
{
    return note_->text().trimmed();
}

} // namespace newsgraph::ui
