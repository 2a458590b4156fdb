#include "explorer/inspect/channelpage.h"

#include <QPainter>

#include <algorithm>
#include <cstring>

#include "explorer/inference/inferenceresult.h"
#include "vision/colormap.h"

namespace explorer {

QImage viridisImage(const QImage& grey)
{
    static const QVector<QRgb> table = [] {  // made once: a page colours up to 36 maps
        QVector<QRgb> t;
        for (const auto& c : inception::vision::viridisColours())
            t << qRgb(c[0], c[1], c[2]);
        return t;
    }();
    // The grey level is the palette index.
    QImage out(grey.size(), QImage::Format_Indexed8);
    out.setColorTable(table);
    for (int y = 0; y < grey.height(); ++y)
        std::memcpy(out.scanLine(y), grey.constScanLine(y), size_t(grey.width()));
    return out.convertToFormat(QImage::Format_RGB32);
}

QImage channelPage(const BranchView& b, int first)
{
    const int total = int(b.maps.size());
    const int full = std::min(total, kChannelsPerPage);
    if (full == 0)
        return {};
    const int cols = b.columns, rows = (full + cols - 1) / cols;
    QImage grid(cols * b.cell + (cols + 1) * b.gap, rows * b.cell + (rows + 1) * b.gap, QImage::Format_RGB32);
    grid.fill(QColor(32, 32, 32));
    QPainter p(&grid);
    const int end = std::min(total, first + kChannelsPerPage);
    for (int c = std::max(0, first); c < end; ++c) {
        const int i = c - first, r = i / cols, k = i % cols;
        const QImage cell = viridisImage(b.maps[c]).scaled(b.cell, b.cell, Qt::IgnoreAspectRatio, Qt::FastTransformation);
        p.drawImage(b.gap + k * (b.cell + b.gap), b.gap + r * (b.cell + b.gap), cell);
    }
    return grid;
}

}  // namespace explorer
