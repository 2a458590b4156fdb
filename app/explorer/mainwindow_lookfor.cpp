// What a channel has learned, in the window: the Activations dock's "What does this channel look
// for?" (feature visualisation through the disk cache), dataset examples from an indexed
// folder (indexing with progress and Cancel), and DeepDream from the diagram's context menu.
// LibTorch first: Qt's `slots` keyword macro must not reach its headers.
#include <torch/torch.h>

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>

#include "activationspanel.h"
#include "dreamdialog.h"
#include "engine/model.h"
#include "errortext.h"
#include "explain/explain_nodes.h"
#include "explain/visual_cache.h"
#include "explain/visualize.h"
#include "inferenceworker.h"
#include "mainwindow.h"
#include "tensorimage.h"
#include "vision/dataset_index.h"

namespace explorer {

using namespace inception;

namespace {


// The top examples three to a row, then the near-zero ones under a thin line: each the crop of
// the receptive field at the channel's maximum, as the network saw it, with its value.
QImage examplesGrid(const engine::Model& model, const std::string& dir, const vision::ChannelExamples& ex, int* unreadable)
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
    auto draw = [&](const vision::Example& e, int x, int y) {
        QImage crop;
        try {
            crop = pixelsToImage(vision::exampleCrop(model, dir, e));
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

}  // namespace

void MainWindow::setupLookFor()
{
    connect(activations_, &ActivationsPanel::lookForRequested, this, [this](const QString& node, int channel) {
        runLookFor(node, channel, 256, activations_->diverse() ? 3 : 1);
    });
    connect(activations_, &ActivationsPanel::lookForCancelled, this, &MainWindow::cancelLookFor);
    connect(activations_, &ActivationsPanel::indexRequested, this, &MainWindow::indexExamples);
    connect(activations_, &ActivationsPanel::indexCancelled, this, &MainWindow::cancelIndexing);
    examplesFolder_ = QSettings().value(QStringLiteral("examples/folder")).toString();
}

void MainWindow::cancelIndexing() { indexCancel_ = true; }

void MainWindow::indexExamples(const QString& dir)
{
    const auto model = worker_->currentModel();
    if (!model) {
        activations_->showIndexFinished(tr("No network is open yet."));
        emit indexFinished(false);
        return;
    }
    indexCancel_ = true;  // an indexing still going stops first
    if (indexThread_.joinable())
        indexThread_.join();
    indexCancel_ = false;
    activations_->showIndexProgress(0, 0);
    indexThread_ = std::thread([this, model, dir] {
        auto post = [this](std::function<void()> f) { postToGui(std::move(f)); };
        try {
            vision::IndexOptions o;
            o.threads = 1;
            const auto s = vision::indexFolder(model, dir.toStdString(), o, [&](int64_t done, int64_t total) {
                post([this, done, total] { activations_->showIndexProgress(int(done), int(total)); });
                return !indexCancel_;
            });
            const QString where = QDir::toNativeSeparators(dir);
            QString text = s.interrupted
                               ? tr("Indexing of %1 stopped after %n image(s); run it again to go on where it stopped.",
                                    nullptr, int(s.images))
                                     .arg(where)
                               : tr("%1: %n image(s) indexed for this network.", nullptr, int(s.images)).arg(where);
            if (s.skipped)
                text += QLatin1Char(' ') + tr("%n already indexed and unchanged.", nullptr, int(s.skipped));
            if (s.failed)
                text += QLatin1Char(' ') + tr("%n could not be read (skipped); the last: %1", nullptr, int(s.failed))
                                               .arg(QString::fromStdString(s.lastFailure).toHtmlEscaped());
            if (s.rebuilt)
                text += QLatin1Char(' ') + tr("The old index was started anew: %1")
                                               .arg(QString::fromStdString(s.rebuiltWhy).toHtmlEscaped());
            const bool ok = !s.interrupted;
            post([this, dir, text, ok] {
                examplesFolder_ = dir;
                QSettings().setValue(QStringLiteral("examples/folder"), dir);
                activations_->showIndexFinished(text);
                const int b = activations_->focusedBranch();
                if (b >= 0)
                    showExamplesFor(activations_->branchId(b), activations_->focusedChannel());
                emit indexFinished(ok);
            });
        } catch (const std::exception& e) {
            const UserError u = ErrorText::from(e, dir);
            post([this, u] {
                activations_->showIndexFinished(u.message);
                emit indexFinished(false);
            });
        }
    });
}

void MainWindow::showExamplesFor(const QString& node, int channel)
{
    const auto model = worker_->currentModel();
    if (!model || examplesFolder_.isEmpty())
        return;
    const std::string dir = examplesFolder_.toStdString();
    const std::string index = vision::indexPathFor(dir, *model);
    if (!QFileInfo::exists(QString::fromStdString(index))) {
        activations_->showExamples({}, tr("%1 is not indexed for this network yet: Index a folder… to see its examples.")
                                           .arg(QDir::toNativeSeparators(examplesFolder_)));
        return;
    }
    if (examplesThread_.joinable())
        examplesThread_.join();
    examplesThread_ = std::thread([this, model, dir, index, node, channel] {
        QImage grid;
        QString caption;
        try {
            const auto ex = vision::topImages(model, index, node.toStdString(), channel);
            int unreadable = 0;
            grid = examplesGrid(*model, dir, ex, &unreadable);
            caption = tr("The %n image(s) of %1 where this channel responds most (the part the cell at its maximum "
                         "sees, with its value), and below the line images where it stays near zero.",
                         nullptr, int(ex.top.size()))
                          .arg(QDir::toNativeSeparators(QString::fromStdString(dir)));
            if (unreadable)
                caption += QLatin1Char(' ') + tr("%n image(s) can no longer be read (shown dark).", nullptr, unreadable);
        } catch (const std::exception& e) {
            caption = ErrorText::from(e, QString::fromStdString(index)).message;
        }
        postToGui([this, grid, caption] {
            activations_->showExamples(grid, caption);
            emit examplesShown();
        });
    });
}

DreamDialog* MainWindow::openDream(const QString& node)
{
    const auto model = worker_->currentModel();
    const std::string why = model ? explain::spatialRefusal(model->desc(), node.toStdString()) : std::string("no network");
    if (!model || !why.empty() || currentImage_.isEmpty()) {
        statusBar()->showMessage(currentImage_.isEmpty() ? tr("Drop an image first.") : QString::fromStdString(why), 6000);
        return nullptr;
    }
    auto* dialog = new DreamDialog(model, node, currentImage_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::cancelLookFor() { lookCancel_ = true; }

void MainWindow::runLookFor(const QString& node, int channel, int steps, int images)
{
    const auto model = worker_->currentModel();
    if (!model) {
        activations_->showLookFor({}, tr("No network is open yet."));
        return;
    }
    lookCancel_ = true;  // a run still going stops first
    if (lookThread_.joinable())
        lookThread_.join();
    lookCancel_ = false;
    showExamplesFor(node, channel);
    lookThread_ = std::thread([this, model, node, channel, steps, images] {
        auto post = [this](std::function<void()> f) { postToGui(std::move(f)); };
        // Several pictures side by side in one row: [N, H, W, 3] -> [H, N*W, 3].
        auto row = [](const torch::Tensor& nhw3) {
            return nhw3.permute({1, 0, 2, 3}).reshape({nhw3.size(1), nhw3.size(0) * nhw3.size(2), 3});
        };
        try {
            explain::VisualizeRequest r;
            r.node = node.toStdString();
            r.channel = channel;
            r.steps = steps;
            r.size = model->desc().input[1] > 64 ? 128 : 0;  // 128 px for the big networks: a few seconds
            r.threads = 1;
            r.images = std::max(images, 1);
            r.diversity = images > 1 ? 30.0 : 0.0;  // the weight the README's measurement uses
            explain::CacheReport cache;
            const auto res = explain::visualizeCached(model, r, [&](int step, int total, const torch::Tensor& pixels) {
                if (step % 16 == 0 || step == total) {
                    const auto rgb = pixels.size(1) == 1 ? pixels.expand({pixels.size(0), 3, pixels.size(2), pixels.size(3)})
                                                         : pixels;
                    const QImage preview = pixelsToImage(row(rgb.permute({0, 2, 3, 1})));
                    post([this, step, total, preview] { activations_->showLookForProgress(step, total, preview); });
                }
                return !lookCancel_;
            }, &cache);
            const QImage picture = pixelsToImage(row(res.pixels));
            QString what = res.cancelled
                               ? tr("Cancelled after %1 steps.").arg(res.steps)
                               : tr("<b>%1</b>, channel %2: its mean value before the ReLU went from %3 to %4 in %5 "
                                    "steps (%6 s).")
                                     .arg(node.toHtmlEscaped())
                                     .arg(channel + 1)
                                     .arg(QLocale().toString(res.before, 'g', 3), QLocale().toString(res.after, 'g', 3))
                                     .arg(res.steps)
                                     .arg(QLocale().toString(res.seconds, 'f', 1));
            if (cache.hit)
                what += QStringLiteral(" ") + tr("(From the cache: computed before for these weights and settings.)");
            if (!cache.problem.empty())
                what += QStringLiteral("<br>") + QString::fromStdString(cache.problem).toHtmlEscaped();
            if (!model->provenance().trained)
                what += QStringLiteral("<br><span style='color:#a03000'>") +
                        tr("Random weights: what this untrained channel responds to.") + QStringLiteral("</span>");
            const bool cancelled = res.cancelled;
            post([this, picture, what, cancelled] {
                activations_->showLookFor(cancelled ? QImage() : picture, what);
                emit lookForFinished(cancelled);
            });
        } catch (const std::exception& e) {
            const UserError u = ErrorText::from(e, node);
            post([this, u] {
                activations_->showLookFor({}, u.message);
                emit lookForFinished(true);
            });
        }
    });
}

}  // namespace explorer
