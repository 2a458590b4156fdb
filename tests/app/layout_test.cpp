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
