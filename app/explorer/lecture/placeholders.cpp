#include "explorer/lecture/placeholders.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <map>
#include <memory>

#include "arch/archnode.h"
#include "explorer/lecture/figures.h"
#include "models/registry.h"

namespace explorer {

using inception::arch::ArchNode;
using inception::arch::NetworkDesc;

namespace {

// The trees, described once per variant.
const NetworkDesc& tree(const QString& variant)
{
    static std::map<QString, std::shared_ptr<const NetworkDesc>> cache;
    auto it = cache.find(variant);
    if (it == cache.end())
        it = cache.emplace(variant, std::make_shared<const NetworkDesc>(inception::models::describe(variant.toStdString())))
                 .first;
    return *it->second;
}

struct Found {
    const ArchNode* node = nullptr;
    QString problem;
};

Found find(const QString& ref)
{
    const int slash = ref.indexOf(QLatin1Char('/'));
    const QString variant = slash < 0 ? ref : ref.left(slash);
    const QString id = slash < 0 ? QString() : ref.mid(slash + 1);
    try {
        const NetworkDesc& d = tree(variant);
        if (id.isEmpty())
            return {&d.root, {}};
        if (const ArchNode* n = inception::arch::findNode(d.root, id.toStdString()))
            return {n, {}};
        return {nullptr, QCoreApplication::translate("Tour", "%1 has no node '%2'").arg(variant, id)};
    } catch (const std::exception&) {
        return {nullptr, QCoreApplication::translate("Tour", "no variant '%1'").arg(variant)};
    }
}

const ArchNode& need(const QString& variant, const char* id)
{
    const ArchNode* n = inception::arch::findNode(tree(variant).root, id);
    if (!n)
        throw std::runtime_error(std::string("no node ") + id);
    return *n;
}

double derived(const QString& name)
{
    if (name == QLatin1String("reductions")) {
        const auto naive = syntheticNetwork(*findFigure("inception-naive"));
        const ArchNode* module = inception::arch::findNode(naive->root, "naive");
        return 1.0 - double(need(QStringLiteral("googlenet"), "inception3a").macs) / double(module ? module->macs : naive->root.macs);
    }
    if (name == QLatin1String("5x5")) {
        const auto& a = need(QStringLiteral("bn_inception"), "inception_3a_double_3x3_1").layer.kernel;
        const auto& b = need(QStringLiteral("bn_inception"), "inception_3a_double_3x3_2").layer.kernel;
        const double k = a.h + b.h - 1;
        return 1.0 - double(a.h * a.w + b.h * b.w) / (k * k);
    }
    if (name == QLatin1String("7x7")) {
        const auto& a = need(QStringLiteral("inception_v3"), "Mixed_6b.branch7x7_2").layer.kernel;
        const auto& b = need(QStringLiteral("inception_v3"), "Mixed_6b.branch7x7_3").layer.kernel;
        const double n = std::max(a.w, b.h);
        return 1.0 - double(a.h * a.w + b.h * b.w) / (n * n);
    }
    throw std::invalid_argument("unknown");
}

QString shapeOf(const ArchNode& n)
{
    QStringList parts;
    for (int64_t d : n.output)
        parts << QString::number(d);
    return parts.join(QChar(0x00D7));
}

}  // namespace

QStringList derivedQuantities() { return {QStringLiteral("reductions"), QStringLiteral("5x5"), QStringLiteral("7x7")}; }

QString fillPlaceholders(const QString& text, const QLocale& locale, QStringList* problems)
{
    static const QRegularExpression re(QStringLiteral("\\{(params|macs|shape|scale|saving):([^{}\\s]+)\\}"));
    QString out;
    int last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString kind = m.captured(1), arg = m.captured(2);
        QString value, problem;
        if (kind == QLatin1String("saving")) {
            try {
                value = locale.toString(100.0 * derived(arg), 'f', 0) + locale.percent();
            } catch (const std::invalid_argument&) {
                problem = QCoreApplication::translate("Tour", "no derived quantity '%1' (known: %2)")
                              .arg(arg, derivedQuantities().join(QStringLiteral(", ")));
            } catch (const std::exception& e) {
                problem = QString::fromUtf8(e.what());
            }
        } else {
            const Found f = find(arg);
            if (!f.node)
                problem = f.problem;
            else if (kind == QLatin1String("params"))
                value = locale.toString(qlonglong(f.node->params));
            else if (kind == QLatin1String("macs"))
                value = locale.toString(qlonglong(f.node->macs));
            else if (kind == QLatin1String("shape"))
                value = shapeOf(*f.node);
            else if (f.node->composition == inception::arch::Composition::Residual)
                value = locale.toString(f.node->residualScale, 'g', 3);
            else
                problem = QCoreApplication::translate("Tour", "%1 is not a residual block").arg(arg);
        }
        if (problem.isEmpty()) {
            out += value;
        } else {
            out += m.captured(0);
            if (problems)
                *problems << m.captured(0) + QStringLiteral(": ") + problem;
        }
    }
    out += text.mid(last);
    return out;
}

}  // namespace explorer
