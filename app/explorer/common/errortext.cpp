#include "explorer/common/errortext.h"

namespace explorer {

using inception::ErrorCode;

QString ErrorText::sentence(ErrorCode code, const QString& subject)
{
    switch (code) {
    case ErrorCode::UnknownVariant:
        return tr("There is no network called %1.").arg(subject);
    case ErrorCode::UnknownNode:
        return tr("%1 has no node of that name.").arg(subject);
    case ErrorCode::BadArgument:
        return tr("This request about %1 cannot be carried out here.").arg(subject);
    case ErrorCode::FileNotFound:
        return tr("%1 does not exist.").arg(subject);
    case ErrorCode::FileUnreadable:
        return tr("%1 cannot be opened, read or written (permissions, a folder, a full disk?).").arg(subject);
    case ErrorCode::CorruptFile:
        return tr("%1 is damaged or truncated.").arg(subject);
    case ErrorCode::ForbiddenGlobal:
        return tr("%1 contains program code; it is refused and nothing of it runs.").arg(subject);
    case ErrorCode::UnsupportedFormat:
        return tr("%1 is not in a format this program reads (for a picture: not an image).").arg(subject);
    case ErrorCode::WeightsMismatch:
        return tr("The weights in %1 do not fit this network.").arg(subject);
    case ErrorCode::ShapeMismatch:
        return tr("%1 does not have the size or channels the network takes.").arg(subject);
    case ErrorCode::Internal:
        break;
    }
    return tr("Something went wrong inside the program while handling %1.").arg(subject);
}

UserError ErrorText::from(const std::exception& e, const QString& subject)
{
    UserError u;
    u.detail = QString::fromUtf8(e.what());
    if (const auto* error = dynamic_cast<const inception::Error*>(&e)) {
        const QString about = error->path().empty() ? subject : QString::fromStdString(error->path());
        u.message = sentence(error->code(), about);
    } else {
        u.message = sentence(ErrorCode::Internal, subject);
    }
    return u;
}

}  // namespace explorer
