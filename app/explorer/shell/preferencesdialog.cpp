#include "explorer/shell/preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

namespace explorer {

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto* form = new QFormLayout(this);
    language_ = new QComboBox;
    language_->addItem(tr("System default"), QString());
    language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language_->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    language_->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    language_->setCurrentIndex(std::max(0, language_->findData(current)));
    form->addRow(tr("Language"), language_);
    auto* note = new QLabel(tr("The language applies the next time the application starts."));
    note->setWordWrap(true);
    form->addRow(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

bool PreferencesDialog::ask(QWidget* parent)
{
    PreferencesDialog dialog(parent);
    QSettings settings;
    const QString current = settings.value(QStringLiteral("ui/language")).toString();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString chosen = dialog.language_->currentData().toString();
    settings.setValue(QStringLiteral("ui/language"), chosen);
    return chosen != current;
}

}  // namespace explorer
