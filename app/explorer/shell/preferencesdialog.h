#pragma once
// File ▸ Preferences: the window's language (applied at the next start).
#include <QDialog>

class QComboBox;

namespace explorer {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    // Shows the dialog; true when the language was changed (the window says a restart applies it).
    static bool ask(QWidget* parent);

private:
    QComboBox* language_;
};

}  // namespace explorer
