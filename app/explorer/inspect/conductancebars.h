#pragma once
// Integrated Gradients' conductance at a module, as the Activations dock draws it: one bar per
// branch (and a residual block's identity) on the scale shared by the module's terms, and a
// column that says what the terms add up to.
#include <QWidget>

namespace explorer {

struct ConductanceTermView;
struct ConductanceView;

// The largest |term|: the shared scale's end (never 0).
double conductanceLimit(const ConductanceView& v);

// A term's bar (red: raises the class's logit, blue: lowers it) with its value.
QWidget* conductanceBar(const ConductanceTermView& t, const ConductanceView& v);

// What the terms add up to, beside f(image) − f(baseline) and the input attribution's total;
// a residual block's identity term under it.
QWidget* conductanceSummary(const ConductanceView& v, const QStringList& branchIds);

}  // namespace explorer
