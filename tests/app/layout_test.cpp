// The diagram layout: pure geometry over the ArchNode tree.
#include <QtTest>

#include "explorer/diagram/diagramlayout.h"
#include "models/registry.h"

using namespace explorer;
using namespace inception::arch;

namespace {

const ConvStyle kStyle{};

NetworkDesc annotated(ArchNode root, std::vector<int64_t> input)
{
    NetworkDesc d;
    d.input = std::move(input);
    d.root = std::move(root);
    annotate(d);
    return d;
}

double centreX(const Rect& r) { return r.x + r.w / 2; }

// No two drawn boxes overlap; frames nest or stay apart; a box is inside a frame or outside it.
QString overlaps(const Layout& l)
{
    std::vector<const LayoutBox*> solid, frames;
    for (const auto& b : l.boxes)
        (b.kind == BoxKind::Frame ? frames : solid).push_back(&b);
    for (size_t i = 0; i < solid.size(); ++i)
        for (size_t j = i + 1; j < solid.size(); ++j)
            if (solid[i]->rect.intersects(solid[j]->rect))
                return QString::fromStdString(solid[i]->id + " overlaps " + solid[j]->id);
    for (size_t i = 0; i < frames.size(); ++i) {
        for (size_t j = i + 1; j < frames.size(); ++j) {
            const Rect &a = frames[i]->rect, &b = frames[j]->rect;
            if (a.intersects(b) && !a.contains(b) && !b.contains(a))
                return QString::fromStdString("frames " + frames[i]->id + " and " + frames[j]->id + " cross");
        }
        for (const auto* s : solid)
            if (frames[i]->rect.intersects(s->rect) && !frames[i]->rect.contains(s->rect))
                return QString::fromStdString(s->id + " sticks out of frame " + frames[i]->id);
    }
    return {};
}

// Every edge runs across and down, never slanted.
QString orthogonal(const Layout& l)
{
    for (const auto& e : l.edges)
        for (size_t k = 0; k + 1 < e.points.size(); ++k)
            if (std::abs(e.points[k].x - e.points[k + 1].x) > 1e-6 && std::abs(e.points[k].y - e.points[k + 1].y) > 1e-6)
                return QString::fromStdString(e.from + " -> " + e.to + " is slanted");
    return {};
}

}  // namespace

class LayoutTest : public QObject {
    Q_OBJECT
private slots:
    void seriesStacksTopToBottomOnOneAxis()
    {
        auto d = annotated(series("n", "n", Kind::Network,
                                  {conv(kStyle, "a", 3, 8, 3), conv(kStyle, "b", 8, 8, 3), conv(kStyle, "c", 8, 8, 3)}),
                           {3, 32, 32});
        const Layout l = layoutTree(d.root, {}, d.input);
        const auto *a = l.find("a"), *b = l.find("b"), *c = l.find("c");
        QVERIFY(a && b && c);
        QVERIFY(a->rect.y + a->rect.h < b->rect.y);
        QVERIFY(b->rect.y + b->rect.h < c->rect.y);
        QCOMPARE(centreX(a->rect), centreX(c->rect));
        QCOMPARE(int(l.edges.size()), 2);
        QCOMPARE(l.edges[0].shape, (std::vector<int64_t>{8, 30, 30}));
    }

    void parallelGroupSitsSideBySideBetweenSplitAndConcat()
    {
        auto d = annotated(series("n", "n", Kind::Network,
                                  {concat("m", "m", Kind::Block,
                                          {conv(kStyle, "m.a", 8, 4, 1),
                                           series("m.b", "b", Kind::Branch,
                                                  {conv(kStyle, "m.b.0", 8, 4, 1), conv(kStyle, "m.b.1", 4, 4, 3, 1, 1)})})}),
                           {8, 10, 10});
        const Layout collapsed = layoutTree(d.root, {}, d.input);
        QVERIFY(collapsed.find("m"));
        QVERIFY(!collapsed.find("m.a"));
        const Layout l = layoutTree(d.root, {"m", "m.b"}, d.input);
        const auto *split = l.find("m#split", BoxKind::Split), *join = l.find("m#concat", BoxKind::Concat);
        const auto *a = l.find("m.a"), *b0 = l.find("m.b.0"), *b1 = l.find("m.b.1");
        QVERIFY(split && join && a && b0 && b1);
        QVERIFY(l.find("m", BoxKind::Frame));
        QVERIFY(a->rect.x + a->rect.w <= b0->rect.x);       // side by side
        QVERIFY(split->rect.y + split->rect.h < a->rect.y);  // split above
        QVERIFY(b1->rect.y + b1->rect.h < join->rect.y);     // concat below the longest branch
        QVERIFY(overlaps(l).isEmpty());
        int intoConcat = 0;
        for (const auto& e : l.edges)
            intoConcat += e.to == "m#concat";
        QCOMPARE(intoConcat, 2);
    }

    void residualHasABypassIntoTheAddNode()
    {
        auto d = annotated(series("n", "n", Kind::Network,
                                  {residual("r", "r", 0.1, true, {conv(kStyle, "r.a", 8, 4, 1), plainConv("r.p", 4, 8, 1)})}),
                           {8, 5, 5});
        const Layout l = layoutTree(d.root, {"r"}, d.input);
        const auto *add = l.find("r#add", BoxKind::Add), *p = l.find("r.p");
        QVERIFY(add && p);
        QVERIFY(p->rect.y + p->rect.h < add->rect.y);
        const auto bypass = std::find_if(l.edges.begin(), l.edges.end(), [](const LayoutEdge& e) { return e.bypass; });
        QVERIFY(bypass != l.edges.end());
        QCOMPARE(bypass->to, std::string("r#add"));
        QCOMPARE(bypass->shape, (std::vector<int64_t>{8, 5, 5}));
        // The bypass runs left of the residual path.
        for (const auto& pt : bypass->points)
            QVERIFY(pt.x <= p->rect.x + 1e-9 || pt.y < p->rect.y || pt.y > p->rect.y + p->rect.h);
    }

    void aSeriesFoldsIntoColumns()
    {
        std::vector<ArchNode> layers;
        for (int i = 0; i < 6; ++i)
            layers.push_back(conv(kStyle, "c" + std::to_string(i), 8, 8, 3, 1, 1));
        auto d = annotated(series("n", "n", Kind::Network, {series("s", "s", Kind::Stage, layers), conv(kStyle, "after", 8, 8, 1)}),
                           {8, 16, 16});
        const Layout straight = layoutTree(d.root, {"s"}, d.input);
        LayoutStyle style;
        style.columns = {{"s", 3}};
        const Layout folded = layoutTree(d.root, {"s"}, d.input, style);
        QVERIFY(overlaps(folded).isEmpty());
        const Rect frame = folded.find("s", BoxKind::Frame)->rect, one = straight.find("s", BoxKind::Frame)->rect;
        QVERIFY2(frame.h < one.h / 2 && frame.w > 2 * one.w, "three columns: under half as tall, over twice as wide");
        // Read top to bottom, then left to right: two layers a column.
        std::set<double> xs;
        for (int i = 0; i < 6; ++i)
            xs.insert(centreX(folded.find("c" + std::to_string(i))->rect));
        QCOMPARE(int(xs.size()), 3);
        QVERIFY(folded.find("c0")->rect.y < folded.find("c1")->rect.y);
        QVERIFY(centreX(folded.find("c1")->rect) < centreX(folded.find("c2")->rect));
        // Every step of the series is still one edge, in order; none runs through a box.
        QCOMPARE(folded.edges.size(), straight.edges.size());
        for (const auto& e : folded.edges) {
            for (size_t k = 0; k + 1 < e.points.size(); ++k) {
                const Point a = e.points[k], b = e.points[k + 1];
                const Rect seg{std::min(a.x, b.x), std::min(a.y, b.y), std::abs(a.x - b.x) + 0.01, std::abs(a.y - b.y) + 0.01};
                for (const auto& box : folded.boxes) {
                    if (box.kind != BoxKind::Node || box.id == e.from || box.id == e.to)
                        continue;
                    QVERIFY2(!seg.intersects(box.rect), qPrintable(QString::fromStdString(e.from + " -> " + e.to + " crosses " + box.id)));
                }
            }
        }
        QVERIFY(orthogonal(folded).isEmpty());
        // The next part is entered from below the folded one.
        QVERIFY(folded.find("after")->rect.y > frame.y + frame.h);
        // The Inception-v4 stem (three layers, three mixed modules, Mixed4a's branches open) folds
        // without overlaps.
        const auto v4 = inception::models::describe("inception_v4");
        style.columns = {{"stem", 3}};
        const Layout stem = layoutTree(v4.root, {"stem", "features.3", "features.4", "features.4.branch0", "features.4.branch1", "features.5"},
                                       v4.input, style);
        QVERIFY2(overlaps(stem).isEmpty(), qPrintable(overlaps(stem)));
        QVERIFY2(orthogonal(stem).isEmpty(), qPrintable(orthogonal(stem)));
        // A column of one layer beside columns that start with an open module: the next column is
        // told by its place, not by heights (an open module's entry lies lower than a layer's foot).
        auto mixed = annotated(series("n", "n", Kind::Network,
                                      {series("s", "s", Kind::Stage,
                                              {conv(kStyle, "a", 8, 8, 3, 1, 1),
                                               concat("m1", "m1", Kind::Block, {conv(kStyle, "m1.a", 8, 4, 1), conv(kStyle, "m1.b", 8, 4, 1)}),
                                               concat("m2", "m2", Kind::Block, {conv(kStyle, "m2.a", 8, 4, 1), conv(kStyle, "m2.b", 8, 4, 1)})})}),
                               {8, 16, 16});
        for (int k : {2, 3}) {
            style.columns = {{"s", k}};
            const Layout l = layoutTree(mixed.root, {"s", "m1", "m2"}, mixed.input, style);
            QVERIFY2(overlaps(l).isEmpty(), qPrintable(overlaps(l)));
            QVERIFY2(orthogonal(l).isEmpty(), qPrintable(QStringLiteral("%1 columns: ").arg(k) + orthogonal(l)));
        }
    }

    void noOverlapsInAnyVariant_data()
    {
        QTest::addColumn<QString>("variant");
        for (const auto& v : inception::models::variants())
            QTest::newRow(v.id.c_str()) << QString::fromStdString(v.id);
    }
    void noOverlapsInAnyVariant()
    {
        QFETCH(QString, variant);
        const auto d = inception::models::describe(variant.toStdString());
        std::set<std::string> stages;
        for (const auto& c : d.root.children)
            stages.insert(c.id);
        for (const auto& expanded : {std::set<std::string>{}, stages, expandableIds(d.root)}) {
            const Layout l = layoutTree(d.root, expanded, d.input);
            const QString problem = overlaps(l);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY(l.bounds.w > 0 && l.bounds.h > 0);
        }
        // Everything open: every leaf is drawn.
        const Layout all = layoutTree(d.root, expandableIds(d.root), d.input);
        QCOMPARE(int(std::count_if(all.boxes.begin(), all.boxes.end(),
                                   [](const LayoutBox& b) { return b.kind == BoxKind::Node; })),
                 int(leaves(d.root).size()));
    }
};

QTEST_APPLESS_MAIN(LayoutTest)
#include "layout_test.moc"
