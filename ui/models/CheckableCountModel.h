// A checkable two-column list (label, count) for filter choices: entity types, relation types, outlets.
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QVariant>

namespace newsgraph::ui {

class CheckableCountModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Row {
        QVariant key;  // what the filter stores (enum as int, outlet name)
        QString label;
        int count = 0;
        bool checked = true;
    };
    enum Column { LabelColumn, CountColumn, ColumnCount };
    static constexpr int KeyRole = Qt::UserRole + 1;

    explicit CheckableCountModel(QObject* parent = nullptr);

    // Same keys in the same order: labels and counts updated in place (checks kept);
    // otherwise the list is replaced.
    void setRows(const QList<Row>& rows);
    const QList<Row>& rows() const { return rows_; }

    QList<QVariant> checkedKeys() const;
    bool allChecked() const;
    // Checks exactly `keys`; an empty list checks everything. Emits no checkedChanged().
    void setCheckedKeys(const QList<QVariant>& keys);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The user changed a check box.
    void checkedChanged();

private:
    QList<Row> rows_;
};

} // namespace newsgraph::ui
