#pragma once
// Series-parallel layout of an ArchNode tree: a series stacks top to bottom, a parallel
// group sits side by side between a split and a concat node, a residual adds a bypass edge
// into an add node. Pure geometry: no widgets, no scene; the scene only draws the result.
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "arch/archnode.h"

namespace explorer {

struct Point {
    double x = 0;
    double y = 0;
};

struct Rect {
    double x = 0, y = 0, w = 0, h = 0;
    bool intersects(const Rect& o) const { return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h; }
    bool contains(const Rect& o) const { return o.x >= x && o.y >= y && o.x + o.w <= x + w && o.y + o.h <= y + h; }
};

enum class BoxKind {
    Node,    // a leaf, or a collapsed module: one block with name, shape, params, MACs
    Split,   // where a parallel group (or a residual's bypass) leaves the trunk
    Concat,  // where the branches meet again
    Add,     // the residual sum
    Frame,   // an expanded module's outline (drawn behind its contents)
};

struct LayoutBox {
    std::string id;  // the ArchNode id (Split/Concat/Add/Frame: the id of the module they belong to)
    BoxKind kind = BoxKind::Node;
    Rect rect;
    const inception::arch::ArchNode* node = nullptr;
    bool expandable = false;  // a module that can open (Node) or close (Frame)
};

struct LayoutEdge {
    std::string from, to;        // box ids (for Split/Concat/Add: "<id>#split" etc.)
    std::vector<Point> points;   // polyline
    std::vector<int64_t> shape;  // the tensor that travels along it
    bool bypass = false;         // a residual's identity path
};

struct Layout {
    std::vector<LayoutBox> boxes;
    std::vector<LayoutEdge> edges;
    Rect bounds;
    const LayoutBox* find(const std::string& id, BoxKind kind = BoxKind::Node) const;
};

struct LayoutStyle {
    double nodeWidth = 210;
    double nodeHeight = 58;
    double gapY = 34;        // between stacked blocks (room for a shape label)
    double gapX = 26;        // between branches
    double joinSize = 18;    // split / concat / add markers
    double framePad = 14;    // frame inside margin
    double frameTitle = 22;  // frame title band
    // Optional (lecture mode): each box as wide as its own text, and a frame at least as wide as
    // its title. Unset: every box nodeWidth wide, frames as wide as their contents.
    std::function<double(const inception::arch::ArchNode&)> boxWidth;
    std::function<double(const inception::arch::ArchNode&)> boxHeight;
    std::function<double(const inception::arch::ArchNode&)> frameWidth;
    // Series laid out in this many columns side by side (id -> columns, at least 2), read top to
    // bottom and left to right: lecture mode folds a tall part (the v4 stem) to fit a wide screen.
    std::map<std::string, int> columns;
};

// Lays out `root` with the modules in `expanded` open (a group not in it is one block;
// the root is always open).
// `input` is the root's input shape (labels the edges into a top-level split).
Layout layoutTree(const inception::arch::ArchNode& root, const std::set<std::string>& expanded,
                  const std::vector<int64_t>& input = {}, const LayoutStyle& style = {});

// The ids a user can open: every node with children.
std::set<std::string> expandableIds(const inception::arch::ArchNode& root);

}  // namespace explorer
