#include "explorer/diagram/nodetext.h"

#include <QLocale>

#include <algorithm>
#include <cctype>

#include "arch/archnode.h"

namespace explorer {

QString shortCount(int64_t n)
{
    const QLocale locale;
    if (n >= 1'000'000'000)
        return QObject::tr("%1 G").arg(locale.toString(double(n) / 1e9, 'f', 2));
    if (n >= 1'000'000)
        return QObject::tr("%1 M").arg(locale.toString(double(n) / 1e6, 'f', 2));
    if (n >= 10'000)
        return QObject::tr("%1 k").arg(locale.toString(double(n) / 1e3, 'f', 0));
    return locale.toString(qlonglong(n));
}

QString shapeText(const std::vector<int64_t>& s)
{
    QStringList parts;
    for (auto d : s)
        parts << QString::number(d);
    return parts.join(QChar(0x00D7));
}

namespace {

using inception::arch::Op;

bool onlyDigits(const std::string& s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// "3×3", "1×7", "3×3/2" (the stride after a slash where it is not 1).
QString window(const inception::arch::Layer& l)
{
    QString s = QStringLiteral("%1×%2").arg(l.kernel.h).arg(l.kernel.w);
    if (l.stride.h != 1 || l.stride.w != 1)
        s += l.stride.h == l.stride.w ? QStringLiteral("/%1").arg(l.stride.h)
                                      : QStringLiteral("/%1×%2").arg(l.stride.h).arg(l.stride.w);
    return s;
}

}  // namespace

bool hasReadableName(const inception::arch::ArchNode& n)
{
    return n.isLeaf() && onlyDigits(n.name) && n.layer.op != Op::None && n.layer.op != Op::TransformInput;
}

QString nodeDetail(const inception::arch::ArchNode& n, bool withShape)
{
    if (n.isLeaf() && n.layer.op == Op::Conv && !hasReadableName(n)) {  // else the name says the kernel
        if (!withShape)
            return QObject::tr("%1 conv", "a layer inside a branch: 3×3/2 conv").arg(window(n.layer));
        return QObject::tr("%1×%2 conv → %3").arg(n.layer.kernel.h).arg(n.layer.kernel.w).arg(shapeText(n.output));
    }
    return shapeText(n.output);
}

QString displayName(const inception::arch::ArchNode& n)
{
    if (!hasReadableName(n))
        return QString::fromStdString(n.name);
    const auto& l = n.layer;
    switch (l.op) {
    case Op::Conv: return QObject::tr("%1 conv", "a layer inside a branch: 3×3/2 conv").arg(window(l));
    case Op::MaxPool: return QObject::tr("%1 max pool").arg(window(l));
    case Op::AvgPool: return QObject::tr("%1 avg pool").arg(window(l));
    case Op::AdaptiveAvgPool: return QObject::tr("global avg pool");
    case Op::Dropout: return QObject::tr("dropout");
    case Op::Linear: return QObject::tr("linear");
    default: return QString::fromStdString(n.name);
    }
}

}  // namespace explorer
