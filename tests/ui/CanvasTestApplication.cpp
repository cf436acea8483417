// One QApplication for the whole canvas/layout/render test run (widgets, fonts and clipboards need it).
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include <QApplication>

namespace {

class QtApplicationListener : public Catch::TestEventListenerBase
{
public:
    using TestEventListenerBase::TestEventListenerBase;

    void testRunStarting(Catch::TestRunInfo const& info) override
    {
        TestEventListenerBase::testRunStarting(info);
        if (!QCoreApplication::instance()) {
            qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
            static int argc = 1;
            static char name[] = "test_ui_canvas";
            static char* argv[] = {name, nullptr};
            // Deliberately never destroyed: destroying it from static destructors at exit, after
            // widgets' and fonts' own statics, crashed single-test runs (a teardown-order issue
            // to fix properly; see the session notes).
            new QApplication(argc, argv);
        }
    }
};

} // namespace

CATCH_REGISTER_LISTENER(QtApplicationListener)
