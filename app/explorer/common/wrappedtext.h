#pragma once
// Text for a word-wrapped label that sits inside a widget of its own in a wider column. Qt asks
// such a widget for its height at the column's width, not at the label's narrower maximum width,
// so a text that wraps to one more line there squeezes what follows it (the enlarged channel in
// German, the look-for sentence). Setting the text through this asks for the height the label
// needs at its own width.
#include <QLabel>

namespace explorer {

inline void setWrappedText(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setMinimumHeight(text.isEmpty() ? 0 : label->heightForWidth(label->maximumWidth()));
}

}  // namespace explorer
