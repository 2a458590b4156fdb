#include "explorer/inspect/predictionspanel.h"

#include <QPainter>
#include <algorithm>

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

#include "explorer/inference/inferenceservice.h"

namespace explorer {

PredictionsPanel::PredictionsPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    thumbnail_ = new QLabel(tr("Drop an image on the window, or use File ▸ Open image… (Ctrl+O)."));
    thumbnail_->setAlignment(Qt::AlignCenter);
    thumbnail_->setMinimumHeight(120);
    thumbnail_->setWordWrap(true);
    layout->addWidget(thumbnail_);
    warning_ = new QLabel;
    warning_->setWordWrap(true);
    warning_->setStyleSheet(QStringLiteral("color: #a03000; font-weight: bold;"));
    warning_->hide();
    layout->addWidget(warning_);
    knockout_ = new QLabel;  // what is knocked out, and whether the top-1 changed
    knockout_->setWordWrap(true);
    knockout_->setStyleSheet(QStringLiteral("color: #603080;"));
    knockout_->hide();
    layout->addWidget(knockout_);
    for (int i = 0; i < 5; ++i) {
        auto* label = new QLabel;
        label->setTextFormat(Qt::RichText);
        auto* bar = new QProgressBar;
        bar->setRange(0, 1000);
        bar->setTextVisible(true);
        bar->setFormat(QString());
        // With knockouts: the probability before them, thin and grey, above the bar of after.
        auto* before = new QProgressBar;
        before->setRange(0, 1000);
        before->setTextVisible(true);
        before->setMaximumHeight(14);
        before->setStyleSheet(QStringLiteral("QProgressBar { font-size: 9px; } "
                                             "QProgressBar::chunk { background: #b0b0b0; }"));
        layout->addWidget(label);
        layout->addWidget(before);
        layout->addWidget(bar);
        bar->hide();  // until there is a result
        before->hide();
        labels_ << label;
        bars_ << bar;
        beforeBars_ << before;
    }
    status_ = new QLabel;
    status_->setWordWrap(true);
    layout->addWidget(status_);
    detail_ = new QLabel;  // the technical text of the last error, opened by its "Details" link
    detail_->setWordWrap(true);
    detail_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detail_->setStyleSheet(QStringLiteral("font-family: monospace; color: #505050;"));
    detail_->hide();
    layout->addWidget(detail_);
    connect(status_, &QLabel::linkActivated, this, [this] { detail_->setVisible(detail_->isHidden()); });
    layout->addStretch(1);
}

void PredictionsPanel::showResult(const InferenceResult& r)
{
    detail_->hide();
    const bool grey = r.input.format() == QImage::Format_Grayscale8;
    if (r.live) {
        thumbnail_->setText(tr("Live: the frame is in the Live dock"));
    } else if (grey) {
        // The image beside what the network sees of it: 28x28 grey, drawn 4x with square pixels.
        const QImage seen = r.input.scaled(r.input.width() * 4, r.input.height() * 4);
        const QImage photo = r.thumbnail.scaled(seen.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QImage both(photo.width() + 8 + seen.width(), std::max(photo.height(), seen.height()), QImage::Format_RGB32);
        both.fill(palette().color(QPalette::Window));
        QPainter p(&both);
        p.drawImage(0, (both.height() - photo.height()) / 2, photo);
        p.drawImage(photo.width() + 8, (both.height() - seen.height()) / 2, seen);
        p.end();
        thumbnail_->setPixmap(QPixmap::fromImage(both));
    } else {
        thumbnail_->setPixmap(QPixmap::fromImage(r.thumbnail));
    }
    warning_->setVisible(r.untrained || grey);
    warning_->setStyleSheet(r.untrained ? QStringLiteral("color: #a03000; font-weight: bold;")
                                        : QStringLiteral("color: #20507a;"));
    warning_->setText(r.untrained
                          ? tr("Untrained network: random weights (calibrated). These classes mean nothing — "
                               "the activations still show what each branch computes.")
                          : tr("Fashion-MNIST network trained by this project: it knows 10 kinds of clothing, "
                               "and sees your image as %1×%2 grey (right).")
                                .arg(r.input.width())
                                .arg(r.input.height()));
    const auto& k = r.knockout;
    const bool knocked = !k.knocked.isEmpty() && k.beforeP.size() == r.probabilities.size();
    classes_ = r.classIndex;
    after_ = r.probabilities;
    before_ = knocked ? k.beforeP : QVector<float>();
    knockout_->setVisible(knocked);
    if (knocked) {
        QString text = tr("Knocked out: %1. Grey bars: before, coloured bars: after.").arg(k.knocked.join(QStringLiteral(", ")));
        if (k.top1Changed && !k.beforeLabels.isEmpty())
            text += QStringLiteral("<br><b>") +
                    tr("New top-1: %1 (was %2, %3 %)")
                        .arg(r.labels.value(0).toHtmlEscaped(), k.beforeLabels[0].toHtmlEscaped(),
                             QLocale().toString(100.0 * k.beforeTopP.value(0), 'f', 2)) +
                    QStringLiteral("</b>");
        else
            text += QStringLiteral("<br>") + tr("The top-1 stays.");
        knockout_->setText(text);
    }
    auto percent = [](float p) { return QStringLiteral("%1 %").arg(QLocale().toString(100.0 * p, 'f', 2)); };
    for (int i = 0; i < labels_.size(); ++i) {
        const bool have = i < r.labels.size();
        QString label = have ? r.labels[i].toHtmlEscaped() : QString();
        if (have && knocked) {
            const int was = k.beforeRank[i], now = i + 1;
            const QString move = was == now ? tr("rank %1, unchanged").arg(now)
                                 : was > now ? tr("rank %1 → %2 ▲").arg(was).arg(now)
                                             : tr("rank %1 → %2 ▼").arg(was).arg(now);
            label += QStringLiteral(" <span style='color:#606060'>· %1</span>").arg(move);
        }
        labels_[i]->setText(label);
        bars_[i]->setVisible(have);
        bars_[i]->setValue(have ? int(1000 * r.probabilities[i]) : 0);
        bars_[i]->setFormat(have ? percent(r.probabilities[i]) : QString());
        beforeBars_[i]->setVisible(have && knocked);
        beforeBars_[i]->setValue(have && knocked ? int(1000 * k.beforeP[i]) : 0);
        beforeBars_[i]->setFormat(have && knocked ? tr("before: %1").arg(percent(k.beforeP[i])) : QString());
    }
    status_->setText(tr("%1 · %2 · %3 ms").arg(r.variant, r.device, QLocale().toString(r.forwardMs, 'f', 1)));
}

void PredictionsPanel::showError(const QString& message, const QString& detail)
{
    QString html = QStringLiteral("<span style='color:#b00000'>%1</span>").arg(message.toHtmlEscaped());
    if (!detail.isEmpty())
        html += QStringLiteral(" <a href='#details'>%1</a>").arg(tr("Details"));
    status_->setText(html);
    detail_->setText(detail);
    detail_->hide();
}

void PredictionsPanel::showPending(const QString& what)
{
    classes_.clear();
    after_.clear();
    before_.clear();
    for (int i = 0; i < labels_.size(); ++i) {
        labels_[i]->clear();
        bars_[i]->hide();
        beforeBars_[i]->hide();
    }
    knockout_->hide();
    warning_->hide();
    status_->setText(what.isEmpty() ? QString() : QStringLiteral("<b>%1</b>").arg(what.toHtmlEscaped()));
    detail_->hide();
}

void PredictionsPanel::showBusy(const QString& what)
{
    status_->setText(what);
    detail_->hide();
}

QString PredictionsPanel::text() const
{
    QStringList parts{warning_->isHidden() ? QString() : warning_->text(),
                      knockout_->isHidden() ? QString() : knockout_->text()};
    for (auto* l : labels_)
        parts << l->text();
    parts << status_->text();
    return parts.join(QLatin1Char('\n'));
}

}  // namespace explorer
