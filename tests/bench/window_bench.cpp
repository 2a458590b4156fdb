// How long the window makes a lecturer wait: from the process's start to the first diagram drawn,
// and from a variant switch to its diagram drawn (the tree needs no weights) and to its network
// opened (weights read, or random ones calibrated — cached after the first time). A benchmark, not
// a test: it prints milliseconds. Run it headless:
//   QT_QPA_PLATFORM=offscreen build/bin/window_bench            (every variant)
// Each startup runs in a fresh process (`window_bench --startup ID`).
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <string>

#include "explorer/diagram/diagramscene.h"
#include "explorer/shell/mainwindow.h"
#include "models/registry.h"

namespace {

using Clock = std::chrono::steady_clock;
const Clock::time_point processStart = Clock::now();

double msSince(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

bool waitFor(explorer::MainWindow* sender, void (explorer::MainWindow::*signal)(const QString&), int timeoutMs)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
    return loop.exec() == 0;
}

// Drawn: the window rendered once with the diagram in it.
void draw(explorer::MainWindow& window) { (void)window.grab(); }

}  // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("inception-explorer-bench"));
    const QStringList args = app.arguments();

    if (args.size() == 3 && args[1] == QStringLiteral("--startup")) {
        explorer::MainWindow window;
        window.resize(1600, 1000);
        window.setVariant(args[2]);  // the diagram is drawn from the tree at once
        window.show();
        draw(window);
        const double diagram = msSince(processStart);
        waitFor(&window, &explorer::MainWindow::variantShown, 600000);
        std::printf("%.1f %.1f\n", diagram, msSince(processStart));
        return 0;
    }

    std::vector<std::string> ids;
    for (const auto* list : {&inception::models::variants(), &inception::models::teachingVariants()})
        for (const auto& v : *list)
            ids.push_back(v.id);
    // The diagram alone: describe + annotate + lay out + scene items, then every module opened.
    std::printf("%-22s %14s %14s %8s\n", "variant", "diagram (ms)", "expanded (ms)", "boxes");
    {
        explorer::DiagramScene scene;
        for (const auto& id : ids) {
            auto t0 = Clock::now();
            scene.setNetwork(std::make_shared<const inception::arch::NetworkDesc>(inception::models::describe(id)));
            const double open = msSince(t0);
            t0 = Clock::now();
            scene.expandAll();
            std::printf("%-22s %14.2f %14.2f %8zu\n", id.c_str(), open, msSince(t0), scene.visibleNodes().size());
        }
    }
    std::printf("\n");
    std::printf("%-22s %14s %14s %14s %14s\n", "variant", "start->diagram", "start->opened", "switch->diagram",
                "switch->opened");
    explorer::MainWindow window;
    window.resize(1600, 1000);
    window.show();
    window.setVariant(QStringLiteral("mini_inception"));
    waitFor(&window, &explorer::MainWindow::variantShown, 600000);
    for (const auto& id : ids) {
        QProcess child;
        child.start(QApplication::applicationFilePath(), {QStringLiteral("--startup"), QString::fromStdString(id)});
        child.waitForFinished(600000);
        const QString startup = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
        const QStringList parts = startup.split(QLatin1Char(' '));
        // A switch from another variant to this one, in this (warm) process.
        const auto t0 = Clock::now();
        window.setVariant(QString::fromStdString(id));
        draw(window);
        const double diagram = msSince(t0);
        waitFor(&window, &explorer::MainWindow::variantShown, 600000);
        const double opened = msSince(t0);
        std::printf("%-22s %14s %14s %14.1f %14.1f\n", id.c_str(), qPrintable(parts.value(0)), qPrintable(parts.value(1)),
                    diagram, opened);
        std::fflush(stdout);
        window.setVariant(QStringLiteral("mini_inception"));  // back, so that each switch leaves another network
        waitFor(&window, &explorer::MainWindow::variantShown, 600000);
    }
    return 0;
}
