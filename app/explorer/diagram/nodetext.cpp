#include "explorer/diagram/nodetext.h"

#include <QLocale>

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

}  // namespace explorer
