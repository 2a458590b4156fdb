#include "explorer/diagram/diagramlayout.h"

#include <algorithm>
#include <cmath>

namespace explorer {

using inception::arch::ArchNode;
using inception::arch::Composition;

namespace {

// A laid-out subtree in its own coordinates (top-left at 0,0).
struct Block {
    double w = 0, h = 0;
    std::vector<LayoutBox> boxes;
    std::vector<LayoutEdge> edges;
    Point in, out;            // where the incoming edge ends and the outgoing edge starts
    std::string inId, outId;  // the boxes there
};

void shift(Block& b, double dx, double dy)
{
    for (auto& box : b.boxes) {
        box.rect.x += dx;
        box.rect.y += dy;
    }
    for (auto& e : b.edges)
        for (auto& p : e.points) {
            p.x += dx;
            p.y += dy;
        }
    b.in = {b.in.x + dx, b.in.y + dy};
    b.out = {b.out.x + dx, b.out.y + dy};
}

void absorb(Block& into, Block&& part)
{
    into.boxes.insert(into.boxes.end(), part.boxes.begin(), part.boxes.end());
    into.edges.insert(into.edges.end(), part.edges.begin(), part.edges.end());
}

class Layouter {
public:
    Layouter(const std::set<std::string>& expanded, const LayoutStyle& s) : expanded_(expanded), s_(s) {}

    Block layout(const ArchNode& n, const std::vector<int64_t>& in, bool isRoot)
    {
        const bool open = !n.isLeaf() && (isRoot || expanded_.count(n.id));
        if (!open)
            return single(n);
        Block inner;
        switch (n.composition) {
        case Composition::Concat: inner = parallel(n, in); break;
        case Composition::Residual: inner = residual(n, in); break;
        default: inner = series(n, in); break;
        }
        return isRoot ? inner : framed(n, std::move(inner));
    }

private:
    Block single(const ArchNode& n)
    {
        Block b;
        b.w = s_.boxWidth ? s_.boxWidth(n) : s_.nodeWidth;
        b.h = s_.boxHeight ? s_.boxHeight(n) : s_.nodeHeight;
        b.boxes.push_back({n.id, BoxKind::Node, {0, 0, b.w, b.h}, &n, !n.isLeaf()});
        b.in = {b.w / 2, 0};
        b.out = {b.w / 2, b.h};
        b.inId = b.outId = n.id;
        return b;
    }

    Block marker(const std::string& id, BoxKind kind, const ArchNode& n)
    {
        Block b;
        b.w = b.h = s_.joinSize;
        b.boxes.push_back({id, kind, {0, 0, b.w, b.h}, &n, false});
        b.in = {b.w / 2, 0};
        b.out = {b.w / 2, b.h};
        b.inId = b.outId = id;
        return b;
    }

    Block series(const ArchNode& n, std::vector<int64_t> shape)
    {
        std::vector<Block> parts;
        std::vector<std::vector<int64_t>> outs;
        for (const auto& c : n.children) {
            parts.push_back(layout(c, shape, false));
            shape = c.output;
            outs.push_back(shape);
        }
        if (auto k = s_.columns.find(n.id); k != s_.columns.end() && k->second > 1 && parts.size() > 1)
            return columns(std::move(parts), outs, k->second);
        Block b;
        for (const auto& p : parts)
            b.w = std::max(b.w, p.w);
        double y = 0;
        for (size_t i = 0; i < parts.size(); ++i) {
            Block& p = parts[i];
            shift(p, (b.w - p.w) / 2, y);
            if (i == 0) {
                b.in = p.in;
                b.inId = p.inId;
            } else if (std::abs(b.out.x - p.in.x) < 0.5) {
                b.edges.push_back({b.outId, p.inId, {b.out, p.in}, outs[i - 1], false});
            } else {  // a part folded into columns leaves (or is entered) off the centre: across the gap
                const double across = y - s_.gapY / 2;
                b.edges.push_back({b.outId, p.inId, {b.out, {b.out.x, across}, {p.in.x, across}, p.in}, outs[i - 1], false});
            }
            b.out = p.out;
            b.outId = p.outId;
            y += p.h + s_.gapY;
            absorb(b, std::move(p));
        }
        b.h = std::max(0.0, y - s_.gapY);
        return b;
    }

    // A series in `count` columns of about equal height; the edge from a column's foot to the
    // next column's head runs below the one, between the two and above the other.
    Block columns(std::vector<Block> parts, const std::vector<std::vector<int64_t>>& outs, int count)
    {
        double total = 0;
        for (const auto& p : parts)
            total += p.h + s_.gapY;
        std::vector<std::vector<size_t>> cols(1);
        double height = 0;
        for (size_t i = 0; i < parts.size(); ++i) {
            const bool full = height > 0 && height + parts[i].h / 2 > total / count;
            if (full && int(cols.size()) < count) {
                cols.emplace_back();
                height = 0;
            }
            cols.back().push_back(i);
            height += parts[i].h + s_.gapY;
        }
        Block b;
        double x = 0;
        std::vector<size_t> column(parts.size());
        std::vector<double> bottom(parts.size()), gapAfter(parts.size());  // a part's foot; the gap right of its column
        for (size_t c = 0; c < cols.size(); ++c) {
            double width = 0;
            for (size_t i : cols[c])
                width = std::max(width, parts[i].w);
            double y = c == 0 ? 0 : s_.gapY;  // room for the edge coming over the top
            for (size_t i : cols[c]) {
                Block& p = parts[i];
                shift(p, x + (width - p.w) / 2, y);
                y += p.h + s_.gapY;
                column[i] = c;
                bottom[i] = y - s_.gapY;
                gapAfter[i] = x + width + s_.gapX / 2;
                b.h = std::max(b.h, bottom[i]);
            }
            x += width + s_.gapX;
            b.w = x - s_.gapX;
        }
        for (size_t i = 0; i < parts.size(); ++i) {
            Block& p = parts[i];
            if (i == 0) {
                b.in = p.in;
                b.inId = p.inId;
            } else if (column[i] == column[i - 1]) {  // the next part in the same column: across the gap
                const double across = bottom[i - 1] + s_.gapY / 2;
                std::vector<Point> route{b.out, p.in};
                if (std::abs(b.out.x - p.in.x) >= 0.5)
                    route = {b.out, {b.out.x, across}, {p.in.x, across}, p.in};
                b.edges.push_back({b.outId, p.inId, route, outs[i - 1], false});
            } else {  // the head of the next column: below the one, through the gap, over the other
                const double below = bottom[i - 1] + s_.gapY / 2, above = s_.gapY / 2;
                const double between = gapAfter[i - 1];
                b.h = std::max(b.h, below);
                b.edges.push_back({b.outId, p.inId,
                                   {b.out, {b.out.x, below}, {between, below}, {between, above}, {p.in.x, above}, p.in},
                                   outs[i - 1], false});
            }
            b.out = p.out;
            b.outId = p.outId;
            absorb(b, std::move(p));
        }
        return b;
    }

    Block parallel(const ArchNode& n, const std::vector<int64_t>& in)
    {
        std::vector<Block> branches;
        double width = 0, tallest = 0;
        for (const auto& c : n.children) {
            branches.push_back(layout(c, in, false));
            width += branches.back().w;
            tallest = std::max(tallest, branches.back().h);
        }
        width += s_.gapX * double(branches.size() - 1);
        Block b;
        b.w = std::max(width, s_.joinSize);
        Block split = marker(n.id + "#split", BoxKind::Split, n);
        shift(split, (b.w - split.w) / 2, 0);
        const double top = split.h + s_.gapY;
        const double bottom = top + tallest;
        Block join = marker(n.id + "#concat", BoxKind::Concat, n);
        shift(join, (b.w - join.w) / 2, bottom + s_.gapY);
        double x = 0;
        for (size_t i = 0; i < branches.size(); ++i) {
            Block& br = branches[i];
            shift(br, x, top);
            const double midIn = split.out.y + s_.gapY / 2, midOut = bottom + s_.gapY / 2;
            b.edges.push_back({split.outId, br.inId, {split.out, {split.out.x, midIn}, {br.in.x, midIn}, br.in}, in, false});
            b.edges.push_back({br.outId, join.inId, {br.out, {br.out.x, midOut}, {join.in.x, midOut}, join.in},
                               n.children[i].output, false});
            x += br.w + s_.gapX;
            absorb(b, std::move(br));
        }
        b.in = split.in;
        b.inId = split.inId;
        b.out = join.out;
        b.outId = join.outId;
        b.h = join.out.y;
        absorb(b, std::move(split));
        absorb(b, std::move(join));
        return b;
    }

    Block residual(const ArchNode& n, const std::vector<int64_t>& in)
    {
        const double lane = 2 * s_.gapX;
        Block path = series(n, in);
        Block b;
        b.w = lane + path.w;
        Block split = marker(n.id + "#split", BoxKind::Split, n);
        const double centre = lane + path.w / 2;
        shift(split, centre - split.w / 2, 0);
        shift(path, lane, split.h + s_.gapY);
        Block add = marker(n.id + "#add", BoxKind::Add, n);
        shift(add, centre - add.w / 2, path.out.y + s_.gapY);
        b.edges.push_back({split.outId, path.inId, {split.out, path.in}, in, false});
        b.edges.push_back({path.outId, add.inId, {path.out, add.in}, n.children.back().output, false});
        const double sy = split.boxes[0].rect.y + split.h / 2, ay = add.boxes[0].rect.y + add.h / 2;
        b.edges.push_back({split.outId, add.inId,
                           {{split.boxes[0].rect.x, sy}, {lane / 2, sy}, {lane / 2, ay}, {add.boxes[0].rect.x, ay}},
                           in, true});
        b.in = split.in;
        b.inId = split.inId;
        b.out = add.out;
        b.outId = add.outId;
        b.h = add.out.y;
        absorb(b, std::move(path));
        absorb(b, std::move(split));
        absorb(b, std::move(add));
        return b;
    }

    Block framed(const ArchNode& n, Block inner)
    {
        // A title wider than the contents widens the frame; the contents stay centred in it.
        const double wide = s_.frameWidth ? std::max(0.0, s_.frameWidth(n) - inner.w - 2 * s_.framePad) : 0.0;
        shift(inner, s_.framePad + wide / 2, s_.frameTitle + s_.framePad);
        Block b;
        b.w = inner.w + 2 * s_.framePad + wide;
        b.h = inner.h + s_.frameTitle + 2 * s_.framePad;
        b.boxes.push_back({n.id, BoxKind::Frame, {0, 0, b.w, b.h}, &n, true});
        b.in = inner.in;
        b.out = inner.out;
        b.inId = inner.inId;
        b.outId = inner.outId;
        absorb(b, std::move(inner));
        return b;
    }

    const std::set<std::string>& expanded_;
    const LayoutStyle& s_;
};

}  // namespace

const LayoutBox* Layout::find(const std::string& id, BoxKind kind) const
{
    for (const auto& b : boxes)
        if (b.id == id && b.kind == kind)
            return &b;
    return nullptr;
}

Layout layoutTree(const ArchNode& root, const std::set<std::string>& expanded, const std::vector<int64_t>& input,
                  const LayoutStyle& style)
{
    Layouter l(expanded, style);
    Block b = l.layout(root, input, /*isRoot=*/true);
    Layout out;
    // Frames first, so that a scene drawing in order puts them behind their contents.
    std::stable_sort(b.boxes.begin(), b.boxes.end(),
                     [](const LayoutBox& a, const LayoutBox& c) { return a.kind == BoxKind::Frame && c.kind != BoxKind::Frame; });
    out.boxes = std::move(b.boxes);
    out.edges = std::move(b.edges);
    out.bounds = {0, 0, b.w, b.h};
    return out;
}

std::set<std::string> expandableIds(const ArchNode& root)
{
    std::set<std::string> ids;
    inception::arch::forEachNode(root, [&](const ArchNode& n, int) {
        if (!n.isLeaf())
            ids.insert(n.id);
    });
    return ids;
}

}  // namespace explorer
