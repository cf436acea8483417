// Filter page: articles, outlets and dates.
#include "SourceFilterPage.h"

#include "CheckList.h"

#include "models/ArticleListModel.h"
#include "models/CheckableCountModel.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QVBoxLayout>

#include <map>

namespace newsgraph::ui {
namespace {

const QDate anyDate(1900, 1, 1); // the date edits' minimum, shown as "Any"

QDateEdit* makeDateEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(anyDate);
    edit->setSpecialValueText(SourceFilterPage::tr("Any"));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(anyDate);
    return edit;
}

std::string isoOrEmpty(const QDateEdit* edit)
{
    return edit->date() == anyDate ? std::string() : edit->date().toString(Qt::ISODate).toStdString();
}

// Filter dates are ISO prefixes ("2024", "2024-06"); the edit shows the earliest matching day.
QDate fromIso(const std::string& iso, bool endOfRange)
{
    const QString text = QString::fromStdString(iso);
    if (text.size() >= 10)
        return QDate::fromString(text.left(10), Qt::ISODate);
    if (text.size() == 7) {
        const QDate month = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
        return endOfRange ? month.addMonths(1).addDays(-1) : month;
    }
    if (text.size() == 4)
        return endOfRange ? QDate(text.toInt(), 12, 31) : QDate(text.toInt(), 1, 1);
    return anyDate;
}

} // namespace

SourceFilterPage::SourceFilterPage(QWidget* parent)
    : QWidget(parent), articles_(new ArticleListModel(this)), outlets_(new CheckableCountModel(this)),
      articleView_(new CheckList(articles_, QStringLiteral("articleList"), this)),
      dateFrom_(makeDateEdit(QStringLiteral("dateFrom"), this)), dateTo_(makeDateEdit(QStringLiteral("dateTo"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Articles (check to show only those)"), this));
    layout->addWidget(articleView_, 2);
    layout->addWidget(new QLabel(tr("Outlets"), this));
    layout->addWidget(new CheckList(outlets_, QStringLiteral("outletList"), this), 1);
    auto* dates = new QFormLayout;
    dates->addRow(tr("From"), dateFrom_);
    dates->addRow(tr("To"), dateTo_);
    layout->addLayout(dates);

    connect(articles_, &ArticleListModel::checkedChanged, this, [this] { emit edited(FilterEdit::Articles); });
    connect(outlets_, &CheckableCountModel::checkedChanged, this, [this] { emit edited(FilterEdit::Outlets); });
    connect(dateFrom_, &QDateEdit::dateChanged, this, [this] { emit edited(FilterEdit::DateRange); });
    connect(dateTo_, &QDateEdit::dateChanged, this, [this] { emit edited(FilterEdit::DateRange); });
    connect(articleView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { emit articleHighlighted(articles_->articleAt(current.row())); });
}

void SourceFilterPage::setGraph(const core::GraphData& graph)
{
    articles_->setGraph(graph);
    std::map<std::string, int> perOutlet;
    for (const auto& article : graph.articles)
        ++perOutlet[article.outlet];
    QList<CheckableCountModel::Row> rows;
    for (const auto& [outlet, count] : perOutlet)
        rows.append({QString::fromStdString(outlet),
                     outlet.empty() ? tr("(unknown outlet)") : QString::fromStdString(outlet), count, true});
    outlets_->setRows(rows);
}

void SourceFilterPage::readFrom(const core::GraphFilter& filter)
{
    articles_->setCheckedArticles(filter.articles);
    QList<QVariant> outlets;
    for (const auto& outlet : filter.outlets)
        outlets.append(QString::fromStdString(outlet));
    outlets_->setCheckedKeys(outlets);
    const QSignalBlocker blockFrom(dateFrom_);
    const QSignalBlocker blockTo(dateTo_);
    dateFrom_->setDate(fromIso(filter.dateFrom, false));
    dateTo_->setDate(fromIso(filter.dateTo, true));
}

void SourceFilterPage::writeTo(core::GraphFilter& filter) const
{
    filter.articles = articles_->checkedArticles();
    filter.outlets.clear();
    if (!outlets_->allChecked())
        for (const QVariant& outlet : outlets_->checkedKeys())
            filter.outlets.insert(outlet.toString().toStdString());
    filter.dateFrom = isoOrEmpty(dateFrom_);
    filter.dateTo = isoOrEmpty(dateTo_);
}

} // namespace newsgraph::ui
