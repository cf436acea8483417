// The desktop explorer: parses arguments, builds the main window, runs the event loop.
#include "document/Preferences.h"
#include "language/UiLanguage.h"
#include "window/DatabaseSession.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

#include <cstring>

namespace {

void describeArguments(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Knowledge-graph explorer for news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("database"),
                                 QCoreApplication::translate("main", "Database to open (default: the last one)."),
                                 QStringLiteral("[database]"));
}

// --help and --version print and exit; they must work without a display, so no QApplication.
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char* option : {"-h", "--help", "-?", "-v", "--version", "--help-all"})
            if (std::strcmp(argv[i], option) == 0)
                return true;
    return false;
}

void identify()
{
    newsgraph::ui::preferences::setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(NEWSGRAPH_VERSION));
}

} // namespace

int main(int argc, char* argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        identify();
        QCommandLineParser parser;
        describeArguments(parser);
        parser.process(app); // exits
        return 0;
    }

    QApplication app(argc, argv);
    identify();
    newsgraph::ui::installUiTranslator(); // Korean or English, from Settings ▸ Language or the system locale
    QCommandLineParser parser;
    describeArguments(parser);
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
