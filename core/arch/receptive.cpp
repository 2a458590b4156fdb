#include "arch/receptive.h"

#include <algorithm>

namespace inception::arch {

namespace {

ReceptiveField visit(const ArchNode& n, const ReceptiveField& in, std::map<std::string, ReceptiveField>& out);

AxisField through(const AxisField& in, int kernel, int stride, int padding)
{
    if (in.global)
        return in;
    AxisField a;
    a.size = in.size + int64_t(kernel - 1) * in.jump;
    a.jump = in.jump * stride;
    a.first = in.first - int64_t(padding) * in.jump;
    return a;
}

AxisField unite(const AxisField& a, const AxisField& b)
{
    if (a.global || b.global) {
        AxisField g;
        g.global = true;
        return g;
    }
    AxisField u;
    u.first = std::min(a.first, b.first);
    u.size = std::max(a.first + a.size, b.first + b.size) - u.first;
    u.jump = std::max(a.jump, b.jump);  // equal in every network here (branches end on one grid)
    return u;
}

ReceptiveField unite(const ReceptiveField& a, const ReceptiveField& b) { return {unite(a.h, b.h), unite(a.w, b.w)}; }

ReceptiveField leaf(const ArchNode& n, const ReceptiveField& in)
{
    const Layer& l = n.layer;
    switch (l.op) {
    case Op::Conv:
    case Op::MaxPool:
    case Op::AvgPool:
        return {through(in.h, l.kernel.h, l.stride.h, l.padding.h), through(in.w, l.kernel.w, l.stride.w, l.padding.w)};
    case Op::AdaptiveAvgPool: {
        ReceptiveField g;
        g.h.global = g.w.global = true;
        return g;
    }
    case Op::Dropout:
    case Op::Linear:
    case Op::TransformInput:
    case Op::None:
        break;
    }
    return in;  // pointwise, or after global pooling already
}

ReceptiveField visit(const ArchNode& n, const ReceptiveField& in, std::map<std::string, ReceptiveField>& out)
{
    ReceptiveField f = in;
    switch (n.composition) {
    case Composition::None:
        f = leaf(n, in);
        break;
    case Composition::Series:
        for (const auto& c : n.children)
            f = visit(c, f, out);
        break;
    case Composition::Concat: {
        bool firstChild = true;
        for (const auto& c : n.children) {
            const ReceptiveField b = visit(c, in, out);
            f = firstChild ? b : unite(f, b);
            firstChild = false;
        }
        break;
    }
    case Composition::Residual: {
        ReceptiveField path = in;
        for (const auto& c : n.children)
            path = visit(c, path, out);
        f = unite(path, in);  // the identity path sees the block's input
        break;
    }
    }
    out[n.id] = f;
    return f;
}

void clip(const AxisField& a, int64_t i, int64_t size, int64_t& lo, int64_t& hi)
{
    if (a.global) {
        lo = 0;
        hi = size - 1;
        return;
    }
    lo = std::max<int64_t>(0, a.first + i * a.jump);
    hi = std::min<int64_t>(size - 1, a.first + i * a.jump + a.size - 1);
}

}  // namespace

std::map<std::string, ReceptiveField> receptiveFields(const NetworkDesc& desc)
{
    std::map<std::string, ReceptiveField> out;
    visit(desc.root, ReceptiveField{}, out);
    return out;
}

PixelBox cellField(const ReceptiveField& f, int64_t y, int64_t x, int64_t height, int64_t width)
{
    PixelBox b;
    clip(f.h, y, height, b.top, b.bottom);
    clip(f.w, x, width, b.left, b.right);
    return b;
}

std::string describeField(const ReceptiveField& f)
{
    if (f.h.global || f.w.global)
        return "the whole image";
    std::string s = std::to_string(f.h.size) + "x" + std::to_string(f.w.size) + " px, jump ";
    s += f.h.jump == f.w.jump ? std::to_string(f.h.jump) : std::to_string(f.h.jump) + "x" + std::to_string(f.w.jump);
    return s;
}

}  // namespace inception::arch
