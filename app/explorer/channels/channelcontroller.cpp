// LibTorch first: Qt's `slots` keyword macro must not reach its headers.
#include <torch/torch.h>

#include "explorer/channels/channelcontroller.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QSettings>

#include "engine/model.h"
#include "explain/dataset_index.h"
#include "explain/explain_nodes.h"
#include "explain/visual_cache.h"
#include "explain/visualize.h"
#include "explorer/channels/channelpanel.h"
#include "explorer/channels/dreamdialog.h"
#include "explorer/channels/examplesgrid.h"
#include "explorer/common/backgroundjob.h"
#include "explorer/common/errortext.h"
#include "explorer/common/tensorimage.h"
#include "explorer/inference/inferenceservice.h"
#include "explorer/inspect/activationspanel.h"

namespace explorer {

using namespace inception;

namespace {

// Several pictures side by side in one row: [N, H, W, 3] -> [H, N*W, 3].
torch::Tensor row(const torch::Tensor& nhw3)
{
    return nhw3.permute({1, 0, 2, 3}).reshape({nhw3.size(1), nhw3.size(0) * nhw3.size(2), 3});
}

QString indexReport(const explain::IndexStats& s, const QString& dir)
{
    const QString where = QDir::toNativeSeparators(dir);
    QString text = s.interrupted
                       ? ChannelController::tr("Indexing of %1 stopped after %n image(s); run it again to go on where "
                                               "it stopped.",
                                               nullptr, int(s.images))
                             .arg(where)
                       : ChannelController::tr("%1: %n image(s) indexed for this network.", nullptr, int(s.images))
                             .arg(where);
    if (s.skipped)
        text += QLatin1Char(' ') + ChannelController::tr("%n already indexed and unchanged.", nullptr, int(s.skipped));
    if (s.failed)
        text += QLatin1Char(' ') + ChannelController::tr("%n could not be read (skipped); the last: %1", nullptr,
                                                         int(s.failed))
                                       .arg(QString::fromStdString(s.lastFailure).toHtmlEscaped());
    if (s.rebuilt)
        text += QLatin1Char(' ') + ChannelController::tr("The old index was started anew: %1")
                                       .arg(QString::fromStdString(s.rebuiltWhy).toHtmlEscaped());
    return text;
}

QString lookForReport(const explain::VisualizeResult& res, const explain::CacheReport& cache, const QString& node,
                      int channel, bool trained)
{
    QString what = res.cancelled
                       ? ChannelController::tr("Cancelled after %1 steps.").arg(res.steps)
                       : ChannelController::tr("<b>%1</b>, channel %2: its mean value before the ReLU went from %3 "
                                               "to %4 in %5 steps (%6 s).")
                             .arg(node.toHtmlEscaped())
                             .arg(channel + 1)
                             .arg(QLocale().toString(res.before, 'g', 3), QLocale().toString(res.after, 'g', 3))
                             .arg(res.steps)
                             .arg(QLocale().toString(res.seconds, 'f', 1));
    if (cache.hit)
        what += QStringLiteral(" ") +
                ChannelController::tr("(From the cache: computed before for these weights and settings.)");
    if (!cache.problem.empty())
        what += QStringLiteral("<br>") + QString::fromStdString(cache.problem).toHtmlEscaped();
    if (!trained)
        what += QStringLiteral("<br><span style='color:#a03000'>") +
                ChannelController::tr("Random weights: what this untrained channel responds to.") +
                QStringLiteral("</span>");
    return what;
}

}  // namespace

ChannelController::ChannelController(InferenceService* service, ActivationsPanel* activations, QWidget* window)
    : QObject(window), service_(service), activations_(activations), window_(window), panel_(new ChannelPanel(this)),
      look_(new BackgroundJob(QStringLiteral("look-for"), this)),
      index_(new BackgroundJob(QStringLiteral("indexing"), this)),
      examples_(new BackgroundJob(QStringLiteral("examples"), this))
{
    activations_->setChannelWidgets(panel_->controls(), panel_->column());
    connect(activations_, &ActivationsPanel::channelShown, this, &ChannelController::onChannelShown);
    connect(activations_, &ActivationsPanel::moduleChanged, panel_, &ChannelPanel::clearChannel);
    connect(panel_, &ChannelPanel::lookForRequested, this, [this](const QString& node, int channel) {
        runLookFor(node, channel, 256, panel_->diverse() ? 3 : 1);
    });
    connect(panel_, &ChannelPanel::lookForCancelled, this, &ChannelController::cancelLookFor);
    connect(panel_, &ChannelPanel::indexRequested, this, &ChannelController::indexExamples);
    connect(panel_, &ChannelPanel::indexCancelled, this, &ChannelController::cancelIndexing);
    examplesFolder_ = QSettings().value(QStringLiteral("examples/folder")).toString();
}

void ChannelController::onChannelShown(int branch, int channel)
{
    panel_->setChannel(activations_->branchId(branch), channel, activations_->focusedTitle(),
                       activations_->focusedOverlay());
}

void ChannelController::cancelIndexing() { index_->cancel(); }

void ChannelController::indexExamples(const QString& dir)
{
    const auto model = service_->currentModel();
    if (!model) {
        panel_->showIndexFinished(tr("No network is open yet."));
        emit indexFinished(false);
        return;
    }
    panel_->showIndexProgress(0, 0);
    index_->start([this, model, dir](BackgroundJob::Context& ctx) {
        try {
            explain::IndexOptions o;
            o.threads = 1;
            const auto s = explain::indexFolder(model, dir.toStdString(), o, [&](int64_t done, int64_t total) {
                ctx.post([this, done, total] { panel_->showIndexProgress(int(done), int(total)); });
                return !ctx.cancelled();
            });
            const QString text = indexReport(s, dir);
            const bool ok = !s.interrupted;
            ctx.post([this, dir, text, ok] {
                examplesFolder_ = dir;
                QSettings().setValue(QStringLiteral("examples/folder"), dir);
                panel_->showIndexFinished(text);
                if (panel_->channel() >= 0)
                    showExamplesFor(panel_->node(), panel_->channel());
                emit indexFinished(ok);
            });
        } catch (const std::exception& e) {
            const UserError u = ErrorText::from(e, dir);
            ctx.post([this, u] {
                panel_->showIndexFinished(u.message);
                emit indexFinished(false);
            });
        }
    });
}

void ChannelController::showExamplesFor(const QString& node, int channel)
{
    const auto model = service_->currentModel();
    if (!model || examplesFolder_.isEmpty())
        return;
    const std::string dir = examplesFolder_.toStdString();
    const std::string index = explain::indexPathFor(dir, *model);
    if (!QFileInfo::exists(QString::fromStdString(index))) {
        panel_->showExamples({}, tr("%1 is not indexed for this network yet: Index a folder… to see its examples.")
                                     .arg(QDir::toNativeSeparators(examplesFolder_)));
        return;
    }
    examples_->start([this, model, dir, index, node, channel](BackgroundJob::Context& ctx) {
        QImage grid;
        QString caption;
        try {
            const auto ex = explain::topImages(model, index, node.toStdString(), channel);
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
        ctx.post([this, grid, caption] {
            panel_->showExamples(grid, caption);
            emit examplesShown();
        });
    });
}

DreamDialog* ChannelController::openDream(const QString& node)
{
    const auto model = service_->currentModel();
    const QString image = service_->currentImage();
    const std::string why = model ? explain::spatialRefusal(model->desc(), node.toStdString()) : std::string("no network");
    if (!model || !why.empty() || image.isEmpty()) {
        emit message(image.isEmpty() ? tr("Drop an image first.") : QString::fromStdString(why), 6000);
        return nullptr;
    }
    auto* dialog = new DreamDialog(model, node, image, window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void ChannelController::addNodeActions(QMenu& menu, const QString& id, const arch::NetworkDesc& drawn)
{
    const std::string why = explain::spatialRefusal(drawn, id.toStdString());
    auto* dreamHere = menu.addAction(tr("DeepDream here…"), this, [this, id] { openDream(id); });
    const bool image = !service_->currentImage().isEmpty();
    dreamHere->setEnabled(why.empty() && image);
    if (!why.empty())
        dreamHere->setToolTip(QString::fromStdString(why));
    else if (!image)
        dreamHere->setToolTip(tr("Drop an image first."));
}

void ChannelController::cancelLookFor() { look_->cancel(); }

void ChannelController::runLookFor(const QString& node, int channel, int steps, int images)
{
    const auto model = service_->currentModel();
    if (!model) {
        panel_->showLookFor({}, tr("No network is open yet."));
        return;
    }
    showExamplesFor(node, channel);
    look_->start([this, model, node, channel, steps, images](BackgroundJob::Context& ctx) {
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
                    ctx.post([this, step, total, preview] { panel_->showLookForProgress(step, total, preview); });
                }
                return !ctx.cancelled();
            }, &cache);
            const QImage picture = pixelsToImage(row(res.pixels));
            const QString what = lookForReport(res, cache, node, channel, model->provenance().trained);
            const bool cancelled = res.cancelled;
            ctx.post([this, picture, what, cancelled] {
                panel_->showLookFor(cancelled ? QImage() : picture, what);
                emit lookForFinished(cancelled);
            });
        } catch (const std::exception& e) {
            const UserError u = ErrorText::from(e, node);
            ctx.post([this, u] {
                panel_->showLookFor({}, u.message);
                emit lookForFinished(true);
            });
        }
    });
}

}  // namespace explorer
