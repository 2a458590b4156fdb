#pragma once
// What the window says when something fails: one translated sentence per error code of the core
// (about the file, source or network concerned), and the core's own technical message kept apart
// as the detail a user can open — never an English message inside a translated sentence.
#include <QCoreApplication>
#include <QString>

#include <exception>

#include "common/error.h"

namespace explorer {

struct UserError {
    QString message;  // translated
    QString detail;   // the core's technical text (English), shown on request
};

class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    // The sentence for `code` about `subject` (a file path, a camera, a network's name).
    static QString sentence(inception::ErrorCode code, const QString& subject);
    // Any exception: an inception::Error by its code, about its own path when it names one, else
    // `subject`; anything else as an internal error.
    static UserError from(const std::exception& e, const QString& subject);
};

}  // namespace explorer
