// MainWindow: the Figures menu and its caption, weight files, the activation tint, lecture mode
// and the Preferences dialog.
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QSvgGenerator>
#include <QPainter>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <utility>
#include <QToolBar>

#include "activationspanel.h"
#include "arch/archnode.h"
#include "diagramscene.h"
#include "diagramlegend.h"
#include "diagramview.h"
#include "figures.h"
#include "inferenceworker.h"
#include "livecapture.h"
#include "livepanel.h"
#include "models/registry.h"
#include "vision/frame_source.h"
#include "nodetext.h"
#include "predictionspanel.h"
#include "statisticspanel.h"
#include "trainingpanel.h"
#include "weightspanel.h"

namespace explorer {

using inception::arch::ArchNode;

void MainWindow::showFigure(const QString& name)
{
    const Figure* f = findFigure(name.toStdString());
    if (!f) {
        onError(tr("Unknown figure: %1").arg(name));
        return;
    }
    if (QString::fromStdString(f->variant) != shownVariant_) {
        pendingFigure_ = name;
        setVariant(QString::fromStdString(f->variant));
        return;
    }
    applyFigure(name);
}

void MainWindow::applyFigure(const QString& name)
{
    const Figure* f = findFigure(name.toStdString());
    if (!f)
        return;
    if (f->synthetic) {
        scene_->setNetwork(syntheticNetwork(*f));
    } else {
        if (!desc_ || desc_->variant != f->variant)
            return;  // the variant changed meanwhile
        scene_->setNetwork(desc_);  // its stages open, nothing else
    }
    QStringList expand;
    for (const auto& id : f->expand)
        expand << QString::fromStdString(id);
    expandNodes(expand);
    const auto* desc = scene_->network();
    const ArchNode* framed = f->frame.empty() ? &desc->root : inception::arch::findNode(desc->root, f->frame);
    QString text = QStringLiteral("<b>%1</b> — %2").arg(QCoreApplication::translate("Figures", f->title).toHtmlEscaped(),
                                                       QCoreApplication::translate("Figures", f->caption).toHtmlEscaped());
    if (framed)
        text += QStringLiteral("<br><i>%1</i>").arg(tr("%1: %2 parameters, %3 multiply-adds, output %4")
                                                        .arg(QString::fromStdString(framed->name).toHtmlEscaped(),
                                                             QLocale().toString(qlonglong(framed->params)),
                                                             QLocale().toString(qlonglong(framed->macs)),
                                                             shapeText(framed->output)));
    caption_->setText(text);
    if (!tour_)  // a tour shows its own caption
        captionBar_->show();
    centralWidget()->layout()->activate();  // the view takes its final size before it is framed
    if (f->frame.empty()) {
        view_->fitAll();
    } else {
        scene_->select(f->frame);
        view_->frameNode(f->frame);
    }
    emit figureShown(name);
}

QString MainWindow::captionText() const { return captionBar_->isHidden() ? QString() : caption_->text(); }

void MainWindow::hideCaption()
{
    captionBar_->hide();
    caption_->clear();
}

void MainWindow::loadWeightsFile(const QString& id, const QString& path)
{
    const int index = variantBox_->findData(id);
    if (index < 0) {
        onError(tr("Unknown variant: %1").arg(id));
        return;
    }
    variantBox_->setCurrentIndex(index);
    loadedWeights_ = path;
    statusBar()->showMessage(tr("Loading %1 from %2…").arg(variantBox_->currentText(), path));
    worker_->requestWeightsFile(id, path);
}

void MainWindow::setHeatShown(bool on)
{
    heatAction_->setChecked(on);
    if (!on)
        scene_->setHeat({});
    view_->legend()->setHeatShown(on);
    view_->placeLegend();
    if (on && !currentImage_.isEmpty() && !folderRunning())
        worker_->requestClassify(currentImage_, QString::fromStdString(scene_->selectedId()));
}

void MainWindow::setLectureMode(bool on)
{
    lectureAction_->setChecked(on);
    if (on == !stateBeforeLecture_.isEmpty())
        return;
    if (on) {
        stateBeforeLecture_ = saveState();
        fontBeforeLecture_ = QApplication::font();
        QFont big = fontBeforeLecture_;
        big.setPointSizeF(big.pointSizeF() * 1.5);
        QApplication::setFont(big);
        showDocks({QStringLiteral("predictions"), QStringLiteral("activations")});
        showFullScreen();
    } else {
        QApplication::setFont(fontBeforeLecture_);
        restoreState(stateBeforeLecture_);
        stateBeforeLecture_.clear();
        showNormal();
    }
    view_->legend()->setFont(QApplication::font());
    view_->placeLegend();
}

QString MainWindow::deviceText() const { return deviceLabel_->text(); }

void MainWindow::showPreferences()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Preferences"));
    auto* form = new QFormLayout(&dialog);
    auto* language = new QComboBox;
    language->addItem(tr("System default"), QString());
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    QSettings settings;
    const QString current = settings.value(QStringLiteral("ui/language")).toString();
    language->setCurrentIndex(std::max(0, language->findData(current)));
    form->addRow(tr("Language"), language);
    auto* note = new QLabel(tr("The language applies the next time the application starts."));
    note->setWordWrap(true);
    form->addRow(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(QStringLiteral("ui/language"), language->currentData().toString());
    if (language->currentData().toString() != current)
        statusBar()->showMessage(tr("Restart the application to use the new language."), 8000);
}

}  // namespace explorer
