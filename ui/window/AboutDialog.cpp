// Help → About.
#include "AboutDialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QObject>

namespace newsgraph::ui {

void showAboutDialog(QWidget* parent)
{
    const QString text =
        QObject::tr("<h3>NewsGraph %1</h3>"
                    "<p>A knowledge-graph explorer for news: organisations, people, governments, investors, "
                    "places and products named in articles, and the relations between them, each with its "
                    "evidence sentence.</p>"
                    "<p><b>Credits</b></p>"
                    "<ul>"
                    "<li>Named-entity model trained on KLUE (Korean Language Understanding Evaluation) NER data, "
                    "CC BY-SA 4.0, and on konec, CC BY-SA 4.0.</li>"
                    "<li>Noto Sans CJK font, SIL Open Font License 1.1.</li>"
                    "<li>Qt 6 (LGPL v3), ICU (Unicode licence), SQLite (public domain), Boost.Graph (Boost licence).</li>"
                    "</ul>")
            .arg(QCoreApplication::applicationVersion());
    QMessageBox::about(parent, QObject::tr("About NewsGraph"), text);
}

} // namespace newsgraph::ui
