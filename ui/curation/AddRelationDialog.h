// Asks for a hand-added relation between two chosen entities: direction, type and a note.
#pragma once

#include "model/GraphData.h"
#include "model/RelationType.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace newsgraph::ui {

class AddRelationDialog : public QDialog
{
    Q_OBJECT

public:
    // `entities`: the candidates for either end (the selection), at least two.
    AddRelationDialog(const QList<const core::EntityRecord*>& entities, QWidget* parent = nullptr);

    core::EntityId source() const;
    core::EntityId target() const;
    core::RelationType type() const;
    QString note() const;

private:
    QComboBox* source_;
    QComboBox* type_;
    QComboBox* target_;
    QLineEdit* note_;
};

} // namespace newsgraph::ui
