// LibTorch first: Qt's `slots` keyword macro must not reach its headers.
#include <torch/torch.h>

#include "explorer/channels/examplesgrid.h"

#include <QLocale>
#include <QPainter>

#include "engine/model.h"
#include "explain/dataset_index.h"
#include "explorer/common/tensorimage.h"

namespace explorer {

using namespace inception;

// The top examples three to a row, then the near-zero ones under a thin line: each the crop of
// the receptive field at the channel's maximum, as the network saw it, with its value.
QImage examplesGrid(const engine::Model& model, const std::string& dir, const explain::ChannelExamples& ex, int* unreadable)
{
    constexpr int cell = 64, gap = 4, columns = 3, label = 14;
    const int topRows = (int(ex.top.size()) + columns - 1) / columns;
    const int zeroRows = (int(ex.nearZero.size()) + columns - 1) / columns;
    const int width = gap + columns * (cell + gap);
    const int height = gap + (topRows + zeroRows) * (cell + label + gap) + (zeroRows ? 2 * gap : 0);
    QImage grid(width, height, QImage::Format_RGB32);
    grid.fill(QColor(0xf4, 0xf4, 0xf4));
    QPainter p(&grid);
    QFont f = p.font();
    f.setPixelSize(10);
    p.setFont(f);
    auto draw = [&](const explain::Example& e, int x, int y) {
        QImage crop;
        try {
            crop = pixelsToImage(explain::exampleCrop(model, dir, e));
        } catch (const std::exception&) {
            ++*unreadable;
        }
        p.fillRect(x, y, cell, cell, QColor(0x30, 0x30, 0x30));
        if (!crop.isNull()) {
            const QImage fitted = crop.scaled(cell, cell, Qt::KeepAspectRatio,
                                              crop.width() < cell ? Qt::FastTransformation : Qt::SmoothTransformation);
            p.drawImage(x + (cell - fitted.width()) / 2, y + (cell - fitted.height()) / 2, fitted);
        }
        p.setPen(Qt::black);
        p.drawText(QRect(x, y + cell, cell, label), Qt::AlignCenter, QLocale().toString(e.value, 'g', 3));
    };
    int y = gap;
    for (size_t i = 0; i < ex.top.size(); ++i) {
        draw(ex.top[i], gap + int(i % columns) * (cell + gap), y + int(i / columns) * (cell + label + gap));
    }
    y += topRows * (cell + label + gap);
    if (zeroRows) {
        p.setPen(QColor(0x90, 0x90, 0x90));
        p.drawLine(gap, y + gap / 2, width - gap, y + gap / 2);
        y += 2 * gap;
        for (size_t i = 0; i < ex.nearZero.size(); ++i)
            draw(ex.nearZero[i], gap + int(i % columns) * (cell + gap), y + int(i / columns) * (cell + label + gap));
    }
    return grid;
}

}  // namespace explorer
