#pragma once
// Numbers in captions are never typed by hand: a caption says {params:googlenet/inception4a}
// and the live tree fills it in, formatted by the current language's rules.
//
//   {params:VARIANT[/NODE]}  trainable parameters of the node (the whole network without NODE)
//   {macs:VARIANT[/NODE]}    its multiply-adds (convolutions and linear layers) for one image
//   {shape:VARIANT[/NODE]}   its output shape, C×H×W
//   {scale:VARIANT/NODE}     a residual block's scale
//   {saving:NAME}            a derived quantity, a percentage computed from the trees:
//     reductions  1 − MACs(googlenet inception3a) / MACs(the naive module on its input with its
//                 filter counts): what the 1×1 reductions save
//     5x5         1 − (k₁² + k₂²) / (k₁ + k₂ − 1)², the kernels of BN-Inception's stacked
//                 inception_3a_double_3x3_1 and _2: two 3×3 for one 5×5, at equal widths
//     7x7         1 − (1·n + n·1) / n², n from Inception-v3's Mixed_6b.branch7x7_2 (1×7) and
//                 _3 (7×1): 1×n then n×1 for one n×n, at equal widths
#include <QLocale>
#include <QString>
#include <QStringList>

namespace explorer {

// Fills every {…} in `text`. What cannot be filled stays as written and is named in `problems`
// ("{macs:googlenet/inception9z}: googlenet has no node 'inception9z'").
QString fillPlaceholders(const QString& text, const QLocale& locale, QStringList* problems = nullptr);

// The names of the derived quantities {saving:NAME} knows.
QStringList derivedQuantities();

}  // namespace explorer
