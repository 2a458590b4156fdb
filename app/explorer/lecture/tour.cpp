#include "explorer/lecture/tour.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <map>
#include <memory>

#include "arch/archnode.h"
#include "explorer/lecture/figures.h"
#include "models/registry.h"
#include "explorer/lecture/placeholders.h"

namespace explorer {

namespace {

constexpr const char* kFormat = "inception-explorer-tour";
constexpr int kVersion = 1;

QStringList strings(const QJsonValue& v, const QString& field, QStringList& problems)
{
    QStringList out;
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isArray()) {
        problems << QCoreApplication::translate("Tour", "'%1' is not a list of strings").arg(field);
        return out;
    }
    for (const auto& e : v.toArray()) {
        if (e.isString())
            out << e.toString();
        else
            problems << QCoreApplication::translate("Tour", "'%1' is not a list of strings").arg(field);
    }
    return out;
}

QString string(const QJsonObject& o, const char* field, QStringList& problems, const QString& fallback = {})
{
    const auto v = o.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isString()) {
        problems << QCoreApplication::translate("Tour", "'%1' is not a string").arg(QLatin1String(field));
        return fallback;
    }
    return v.toString();
}

TourStep stepFromJson(const QJsonObject& o, QStringList& problems)
{
    TourStep s;
    s.title = string(o, "title", problems);
    s.variant = string(o, "variant", problems);
    s.weights = string(o, "weights", problems, QStringLiteral("default"));
    s.figure = string(o, "figure", problems);
    s.expanded = strings(o.value(QStringLiteral("expanded")), QStringLiteral("expanded"), problems);
    s.selected = string(o, "selected", problems);
    s.frame = string(o, "frame", problems);
    s.image = string(o, "image", problems);
    s.knockouts = strings(o.value(QStringLiteral("knockouts")), QStringLiteral("knockouts"), problems);
    const auto g = o.value(QStringLiteral("gradcam"));
    if (g.isBool())
        s.gradcam = g.toBool();
    else if (!g.isUndefined() && !g.isNull())
        problems << QCoreApplication::translate("Tour", "'gradcam' is not true or false");
    s.docks = strings(o.value(QStringLiteral("docks")), QStringLiteral("docks"), problems);
    s.runs = strings(o.value(QStringLiteral("runs")), QStringLiteral("runs"), problems);
    s.caption = string(o, "caption", problems);
    s.notes = string(o, "notes", problems);
    if (s.variant.isEmpty() && s.figure.isEmpty())
        problems << QCoreApplication::translate("Tour", "it names neither a variant nor a figure");
    return s;
}

QJsonObject stepToJson(const TourStep& s, const QString& folder)
{
    QJsonObject o;
    auto put = [&](const char* k, const QString& v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(k), v);
    };
    auto putList = [&](const char* k, const QStringList& v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(k), QJsonArray::fromStringList(v));
    };
    put("title", s.title);
    put("variant", s.variant);
    if (s.weights != QLatin1String("default"))
        put("weights", QFileInfo(s.weights).isAbsolute() ? QDir(folder).relativeFilePath(s.weights) : s.weights);
    put("figure", s.figure);
    putList("expanded", s.expanded);
    put("selected", s.selected);
    put("frame", s.frame);
    if (!s.image.isEmpty())
        put("image", QFileInfo(s.image).isAbsolute() ? QDir(folder).relativeFilePath(s.image) : s.image);
    putList("knockouts", s.knockouts);
    if (s.gradcam)
        o.insert(QStringLiteral("gradcam"), true);
    putList("docks", s.docks);
    QStringList runs;
    for (const auto& r : s.runs)
        runs << (QFileInfo(r).isAbsolute() ? QDir(folder).relativeFilePath(r) : r);
    putList("runs", runs);
    put("caption", s.caption);
    put("notes", s.notes);
    return o;
}

// The tree a step's nodes live in: its figure's synthetic network, else its variant's.
std::shared_ptr<const inception::arch::NetworkDesc> treeFor(const TourStep& s, QString* problem)
{
    try {
        if (!s.figure.isEmpty()) {
            const Figure* f = findFigure(s.figure.toStdString());
            if (f && f->synthetic)
                return syntheticNetwork(*f);
        }
        return std::make_shared<const inception::arch::NetworkDesc>(
            inception::models::describe(stepVariant(s).toStdString()));
    } catch (const std::exception&) {
        *problem = QCoreApplication::translate("Tour", "there is no variant '%1'").arg(stepVariant(s));
        return nullptr;
    }
}

}  // namespace

bool TourStep::operator==(const TourStep& o) const
{
    return title == o.title && variant == o.variant && weights == o.weights && figure == o.figure &&
           expanded == o.expanded && selected == o.selected && frame == o.frame && image == o.image &&
           knockouts == o.knockouts && gradcam == o.gradcam && docks == o.docks && runs == o.runs && caption == o.caption &&
           notes == o.notes;
}

QString stepVariant(const TourStep& step)
{
    if (!step.variant.isEmpty() || step.figure.isEmpty())
        return step.variant;
    const Figure* f = findFigure(step.figure.toStdString());
    return f ? QString::fromStdString(f->variant) : QString();
}

QString resolvePath(const QString& folder, const QString& path)
{
    if (path.isEmpty() || QFileInfo(path).isAbsolute())
        return path;
    return QDir::cleanPath(QDir(folder).absoluteFilePath(path));
}

Tour readTour(const QString& path, QList<TourProblem>* problems)
{
    Tour t;
    t.folder = QFileInfo(path).absolutePath();
    auto fail = [&](const QString& why) {
        if (problems)
            problems->append({0, why});
        return t;
    };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("Tour", "%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    if (f.size() > 16 * 1024 * 1024)
        return fail(QCoreApplication::translate("Tour", "%1 is larger than a tour can be (16 MiB)").arg(QDir::toNativeSeparators(path)));
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("Tour", "%1 is not valid JSON (%2 at byte %3)")
                        .arg(QDir::toNativeSeparators(path), error.errorString())
                        .arg(error.offset));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return fail(QCoreApplication::translate("Tour", "%1 is not a tour (no \"format\": \"%2\")").arg(QDir::toNativeSeparators(path), QLatin1String(kFormat)));
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > kVersion)
        return fail(QCoreApplication::translate("Tour", "%1 is a tour of version %2; this program reads version %3")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(version)
                        .arg(kVersion));
    t.title = root.value(QStringLiteral("title")).toString();
    const auto steps = root.value(QStringLiteral("steps"));
    if (!steps.isArray())
        return fail(QCoreApplication::translate("Tour", "%1 has no list of steps").arg(QDir::toNativeSeparators(path)));
    int number = 0;
    for (const auto& v : steps.toArray()) {
        ++number;
        QStringList stepProblems;
        if (!v.isObject()) {
            stepProblems << QCoreApplication::translate("Tour", "it is not an object");
            t.steps.append(TourStep{});
        } else {
            t.steps.append(stepFromJson(v.toObject(), stepProblems));
        }
        if (problems)
            for (const auto& p : stepProblems)
                problems->append({number, p});
    }
    return t;
}

bool writeTour(const QString& path, const Tour& tour, QString* error)
{
    const QString folder = QFileInfo(path).absolutePath();
    QJsonArray steps;
    for (const auto& s : tour.steps)
        steps.append(stepToJson(s, folder));
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormat)},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("title"), tour.title},
                           {QStringLiteral("steps"), steps}};
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !f.commit()) {
        if (error)
            *error = QCoreApplication::translate("Tour", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

QStringList checkStep(const TourStep& s, const QString& folder)
{
    QStringList problems;
    if (!s.figure.isEmpty() && !findFigure(s.figure.toStdString()))
        problems << QCoreApplication::translate("Tour", "there is no figure '%1'").arg(s.figure);
    if (stepVariant(s).isEmpty())
        return problems << QCoreApplication::translate("Tour", "it names neither a variant nor a figure");
    QString why;
    const auto tree = treeFor(s, &why);
    if (!tree)
        return problems << why;
    auto node = [&](const QString& id) {
        if (!id.isEmpty() && !inception::arch::findNode(tree->root, id.toStdString()))
            problems << QCoreApplication::translate("Tour", "%1 has no node '%2'").arg(stepVariant(s), id);
    };
    for (const auto& id : s.expanded)
        node(id);
    node(s.selected);
    node(s.frame);
    for (const auto& k : s.knockouts) {
        const QString id = k.section(QLatin1Char('='), 0, 0);
        const QString kind = k.section(QLatin1Char('='), 1);
        node(id);
        if (!kind.isEmpty() && kind != QLatin1String("zero") && kind != QLatin1String("mean"))
            problems << QCoreApplication::translate("Tour", "knockout '%1': use zero or mean").arg(k);
    }
    if (!s.image.isEmpty() && !QFileInfo::exists(resolvePath(folder, s.image)))
        problems << QCoreApplication::translate("Tour", "the image %1 does not exist").arg(QDir::toNativeSeparators(resolvePath(folder, s.image)));
    if (s.weights != QLatin1String("default") && !QFileInfo::exists(resolvePath(folder, s.weights)))
        problems << QCoreApplication::translate("Tour", "the weights file %1 does not exist").arg(QDir::toNativeSeparators(resolvePath(folder, s.weights)));
    for (const auto& r : s.runs)
        if (!QFileInfo(resolvePath(folder, r)).isDir())
            problems << QCoreApplication::translate("Tour", "the training run %1 does not exist").arg(QDir::toNativeSeparators(resolvePath(folder, r)));
    fillPlaceholders(s.caption, QLocale(), &problems);
    fillPlaceholders(s.notes, QLocale(), &problems);
    return problems;
}

}  // namespace explorer
