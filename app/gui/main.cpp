// The desktop explorer: parses arguments, builds the main window, runs the event loop.
#include "document/Preferences.h"
#include "window/DatabaseSession.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    newsgraph::ui::preferences::setApplicationIdentity();
    QApplication::setApplicationVersion(QStringLiteral(NEWSGRAPH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Knowledge-graph explorer for news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("database"),
                                 QApplication::translate("main", "Database to open (default: the last one)."),
                                 QStringLiteral("[database]"));
    parser.process(app);

    newsgraph::ui::MainWindow window;
    window.show();
    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty())
        window.start();
    else
        window.session()->openDatabase(QFileInfo(arguments.front()).absoluteFilePath());
    return QApplication::exec();
}
