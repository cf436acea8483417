// Asks for a hand-added entity: name, type and a note saying where the knowledge comes from.
#pragma once

#include "model/EntityType.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace newsgraph::ui {

class AddEntityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddEntityDialog(QWidget* parent = nullptr);

    QString name() const;
    core::EntityType type() const;
    QString note() const;

private:
    QLineEdit* name_;
    QComboBox* type_;
    QLineEdit* note_;
};

} // namespace newsgraph::ui
