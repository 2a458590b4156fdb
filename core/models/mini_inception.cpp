#include "models/mini_inception.h"

#include <algorithm>
#include <cmath>

#include "common/error.h"

namespace inception::models {

using namespace arch;

namespace {

int scaled(int filters, double width) { return std::max(4, int(std::lround(filters * width))); }

ArchNode module(const ConvStyle& s, const MiniOptions& o, const std::string& id, int in, int c1, int c3r, int c3,
                int c5r, int c5, int pool)
{
    std::vector<ArchNode> wide;
    wide.push_back(conv(s, id + ".5x5_reduce", in, c5r, 1));
    if (o.factorized) {
        // Same window as one 5x5, 18/25 of its cost for equal widths: reduce, 3x3, 3x3.
        wide.push_back(conv(s, id + ".3x3a", c5r, c5r, 3, 1, 1));
        wide.push_back(conv(s, id + ".3x3b", c5r, c5, 3, 1, 1));
    } else {
        wide.push_back(conv(s, id + ".5x5", c5r, c5, 5, 1, 2));
    }
    return concat(id, id, Kind::Block,
                  {conv(s, id + ".1x1", in, c1, 1),
                   series(id + ".b3x3", "3x3", Kind::Branch,
                          {conv(s, id + ".3x3_reduce", in, c3r, 1), conv(s, id + ".3x3", c3r, c3, 3, 1, 1)}),
                   series(id + ".b5x5", o.factorized ? "3x3 + 3x3" : "5x5", Kind::Branch, std::move(wide)),
                   series(id + ".bpool", "pool", Kind::Branch,
                          {maxPool(id + ".pool", 3, 1, 1), conv(s, id + ".pool_proj", in, pool, 1)})});
}

}  // namespace

MiniOptions miniOptionsFor(const std::string& name)
{
    MiniOptions o;
    if (name == "mini_inception")
        return o;
    if (name == "mini_inception_nobn") {
        o.batchNorm = false;
        return o;
    }
    if (name == "mini_inception_5x5") {
        o.factorized = false;
        return o;
    }
    throw Error(ErrorCode::UnknownVariant,
                "unknown small network '" + name + "' (mini_inception, mini_inception_nobn, mini_inception_5x5)");
}

NetworkDesc describeMiniInception(const MiniOptions& o)
{
    const ConvStyle s{/*bias=*/!o.batchNorm, o.batchNorm, 1e-3, false};
    const double w = o.width;
    const int stem1 = scaled(32, w), stem2 = scaled(64, w);
    const int a1 = scaled(32, w), a3r = scaled(32, w), a3 = scaled(48, w), a5r = scaled(8, w), a5 = scaled(16, w),
              ap = scaled(16, w);
    const int aOut = a1 + a3 + a5 + ap;
    const int b1 = scaled(48, w), b3r = scaled(48, w), b3 = scaled(64, w), b5r = scaled(16, w), b5 = scaled(32, w),
              bp = scaled(32, w);
    const int bOut = b1 + b3 + b5 + bp;
    const int c1 = scaled(64, w), c3r = scaled(64, w), c3 = scaled(96, w), c5r = scaled(16, w), c5 = scaled(32, w),
              cp = scaled(32, w);
    const int cOut = c1 + c3 + c5 + cp;
    NetworkDesc d;
    d.variant = o.batchNorm ? (o.factorized ? "mini_inception" : "mini_inception_5x5") : "mini_inception_nobn";
    d.input = {o.channels, o.size, o.size};
    d.root = series(d.variant, "mini Inception", Kind::Network,
                    {series("stem", "stem", Kind::Stage,
                            {conv(s, "stem.conv1", o.channels, stem1, 3, 1, 1), conv(s, "stem.conv2", stem1, stem2, 3, 1, 1),
                             maxPool("stem.pool", 2, 2)}),
                     series("stage1", "inception 1", Kind::Stage,
                            {module(s, o, "inception1a", stem2, a1, a3r, a3, a5r, a5, ap),
                             module(s, o, "inception1b", aOut, b1, b3r, b3, b5r, b5, bp), maxPool("pool1", 2, 2)}),
                     series("stage2", "inception 2", Kind::Stage, {module(s, o, "inception2a", bOut, c1, c3r, c3, c5r, c5, cp)}),
                     series("head", "classifier", Kind::Stage,
                            {adaptiveAvgPool("avgpool", 1, /*flatten=*/true), dropout("dropout", o.dropout),
                             linear("fc", cOut, o.classes)})});
    annotate(d);
    return d;
}

}  // namespace inception::models
