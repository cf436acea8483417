// One QApplication for the whole canvas/layout/render test run (widgets, fonts and clipboards need it).
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include <QApplication>

#include <memory>

namespace {

class QtApplicationListener : public Catch::TestEventListenerBase
{
public:
    using TestEventListenerBase::TestEventListenerBase;

    void testRunStarting(Catch::TestRunInfo const& info) override
    {
        TestEventListenerBase::testRunStarting(info);
        if (QCoreApplication::instance())
            return;
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "test_ui_canvas";
        static char* argv[] = {name, nullptr};
        application_ = std::make_unique<QApplication>(argc, argv);
    }

    // Destroyed when the run ends, not from static destructors at exit: by then fonts' and
    // widgets' own statics may already be gone.
    void testRunEnded(Catch::TestRunStats const& stats) override
    {
        application_.reset();
        TestEventListenerBase::testRunEnded(stats);
    }

private:
    std::unique_ptr<QApplication> application_;
};

} // namespace

CATCH_REGISTER_LISTENER(QtApplicationListener)
