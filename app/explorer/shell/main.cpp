// inception-explorer: the Inception networks as block diagrams, live.
#include <QApplication>
#include <QCommandLineParser>

#include <cstdlib>
#include <string>

#include "explorer/shell/scriptedrun.h"
#include "explorer/shell/scriptoptions.h"

int main(int argc, char** argv)
{
    // The render mode, --help, --version and --figure help need no display.
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool helpOfFigures = (a == "--figure" && i + 1 < argc && std::string(argv[i + 1]) == "help") ||
                                   a == "--figure=help";
        if ((a == "--screenshot" || a == "--export-curves" || a == "--help" || a == "-h" || a == "--version" ||
             a == "-v" || helpOfFigures) &&
            !std::getenv("QT_QPA_PLATFORM"))
            setenv("QT_QPA_PLATFORM", "offscreen", 1);
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("inception-explorer"));
    QApplication::setOrganizationName(QStringLiteral("inception-explorer"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    explorer::ScriptOptions options;
    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);
    options.installLanguage(parser);
    return explorer::ScriptedRun(parser, options).exec();
}
