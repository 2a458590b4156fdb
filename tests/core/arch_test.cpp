#include <gtest/gtest.h>

#include <set>

#include "arch/archjson.h"
#include "common/error.h"
#include "models/registry.h"

using namespace inception;
using namespace inception::arch;

namespace {

const ConvStyle kStyle{};

NetworkDesc net(std::vector<int64_t> input, ArchNode root)
{
    NetworkDesc d;
    d.variant = "test";
    d.input = std::move(input);
    d.root = std::move(root);
    return d;
}

int64_t leafSum(const nlohmann::json& node)
{
    if (node["children"].empty())
        return node["params"].get<int64_t>();
    int64_t sum = 0;
    for (const auto& c : node["children"])
        sum += leafSum(c);
    return sum;
}

}  // namespace

TEST(Annotate, convOutputSizeFollowsPyTorch)
{
    auto d = net({3, 299, 299}, series("n", "n", Kind::Network, {conv(kStyle, "c", 3, 32, 3, /*stride=*/2)}));
    annotate(d);
    EXPECT_EQ(d.root.output, (std::vector<int64_t>{32, 149, 149}));
    EXPECT_EQ(d.root.params, 32 * 3 * 9 + 2 * 32);  // no bias, BN affine
    EXPECT_EQ(d.root.macs, int64_t(32) * 3 * 9 * 149 * 149);
}

TEST(Annotate, maxPoolCeilModeKeepsTheLastPartialWindow)
{
    auto ceil = net({64, 112, 112}, series("n", "n", Kind::Network, {maxPool("p", 3, 2, 0, /*ceil=*/true)}));
    auto floor = net({64, 112, 112}, series("n", "n", Kind::Network, {maxPool("p", 3, 2, 0, /*ceil=*/false)}));
    annotate(ceil);
    annotate(floor);
    EXPECT_EQ(ceil.root.output[1], 56);
    EXPECT_EQ(floor.root.output[1], 55);
    EXPECT_EQ(ceil.root.params, 0);
    EXPECT_EQ(ceil.root.macs, 0);  // pooling is counted apart from MACs
    EXPECT_GT(ceil.root.otherOps, 0);
}

TEST(Annotate, ceilModeWindowMustStartInsideTheInput)
{
    // 2/2 ceil on 7: PyTorch gives 4 (the window at 6 starts inside); 3/2 ceil pad 1 on 4 gives 3... check both.
    auto a = net({1, 7, 7}, series("n", "n", Kind::Network, {maxPool("p", 2, 2, 0, true)}));
    annotate(a);
    EXPECT_EQ(a.root.output[1], 4);
    auto b = net({1, 5, 5}, series("n", "n", Kind::Network, {maxPool("p", 2, 2, 1, true)}));
    annotate(b);
    EXPECT_EQ(b.root.output[1], 3);  // the fourth window would start in the right padding
}

TEST(Annotate, concatAddsChannelsAndRejectsMismatchedGrids)
{
    auto ok = net({8, 10, 10}, concat("m", "m", Kind::Block,
                                      {conv(kStyle, "a", 8, 4, 1), conv(kStyle, "b", 8, 6, 3, 1, 1)}));
    annotate(ok);
    EXPECT_EQ(ok.root.output, (std::vector<int64_t>{10, 10, 10}));
    auto bad = net({8, 10, 10}, concat("m", "m", Kind::Block, {conv(kStyle, "a", 8, 4, 1), conv(kStyle, "b", 8, 6, 3)}));
    EXPECT_THROW(annotate(bad), std::invalid_argument);
}

TEST(Annotate, residualPathMustKeepTheShape)
{
    auto ok = net({8, 5, 5}, residual("r", "r", 0.1, true, {conv(kStyle, "a", 8, 4, 1), plainConv("p", 4, 8, 1)}));
    annotate(ok);
    EXPECT_EQ(ok.root.output, (std::vector<int64_t>{8, 5, 5}));
    EXPECT_EQ(ok.root.params, (8 * 4 + 8) + (4 * 8 + 8));
    auto bad = net({8, 5, 5}, residual("r", "r", 0.1, true, {conv(kStyle, "a", 8, 4, 1)}));
    EXPECT_THROW(annotate(bad), std::invalid_argument);
}

TEST(Annotate, layerThatDoesNotFitNamesItself)
{
    auto d = net({3, 2, 2}, series("n", "n", Kind::Network, {conv(kStyle, "too_small", 3, 8, 3)}));
    try {
        annotate(d);
        FAIL() << "expected an error";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("too_small"), std::string::npos);
    }
}

// Published figures (reference/NOTES.md): parameters without aux heads, with aux heads, GMACs.
struct Published {
    const char* id;
    int64_t params;
    int64_t paramsWithAux;
    double gmacs;
    int input;
};

class VariantFigures : public ::testing::TestWithParam<Published> {};

TEST_P(VariantFigures, parametersAndMacsMatchTheReference)
{
    const Published& p = GetParam();
    const NetworkDesc d = models::describe(p.id);
    EXPECT_EQ(d.root.params, p.params);
    EXPECT_NEAR(double(d.root.macs) / 1e9, p.gmacs, p.gmacs * 0.01);
    EXPECT_EQ(d.input, (std::vector<int64_t>{3, p.input, p.input}));
    if (p.paramsWithAux) {
        models::ModelOptions o;
        o.auxLogits = true;
        const NetworkDesc withAux = models::describe(p.id, o);
        int64_t total = withAux.root.params;
        for (const auto& a : withAux.aux)
            total += a.head.params;
        EXPECT_EQ(total, p.paramsWithAux);
    }
}

TEST_P(VariantFigures, idsAreUniqueAndEveryGroupSumsItsChildren)
{
    const NetworkDesc d = models::describe(GetParam().id);
    std::set<std::string> ids;
    forEachNode(d.root, [&](const ArchNode& n, int) {
        EXPECT_TRUE(ids.insert(n.id).second) << "duplicate id " << n.id;
        EXPECT_FALSE(n.output.empty()) << n.id;
        if (n.isLeaf())
            return;
        int64_t params = 0, macs = 0;
        for (const auto& c : n.children) {
            params += c.params;
            macs += c.macs;
        }
        EXPECT_EQ(n.params, params) << n.id;
        EXPECT_EQ(n.macs, macs) << n.id;
    });
    int64_t leafParams = 0;
    for (const ArchNode* l : leaves(d.root))
        leafParams += l->params;
    EXPECT_EQ(leafParams, d.root.params);
}

TEST_P(VariantFigures, jsonTreeLeavesSumToTheTotal)
{
    const nlohmann::json j = toJson(models::describe(GetParam().id));
    EXPECT_EQ(j["variant"], GetParam().id);
    EXPECT_EQ(j["params"].get<int64_t>(), GetParam().params);
    EXPECT_EQ(leafSum(j["root"]), GetParam().params);
    for (const char* key : {"id", "name", "kind", "composition", "output", "params", "macs", "children"})
        EXPECT_TRUE(j["root"].contains(key)) << key;
}

INSTANTIATE_TEST_SUITE_P(Published, VariantFigures,
                         ::testing::Values(Published{"googlenet", 6624904, 13004888, 1.50, 224},
                                           Published{"bn_inception", 11295240, 0, 2.03, 224},
                                           Published{"inception_v3", 23834568, 27161264, 5.71, 299},
                                           Published{"inception_v4", 42679816, 0, 12.25, 299},
                                           Published{"inception_resnet_v2", 55843464, 0, 13.16, 299}),
                         [](const auto& info) { return std::string(info.param.id); });

TEST(Registry, unknownVariantNamesTheKnownOnes)
{
    try {
        models::variant("inception_v9");
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::UnknownVariant);
        EXPECT_NE(std::string(e.what()).find("inception_resnet_v2"), std::string::npos);
    }
}

TEST(Registry, optionsAVariantDoesNotHaveAreRefused)
{
    models::ModelOptions o;
    o.auxLogits = true;
    EXPECT_THROW(models::describe("inception_v4", o), Error);
    models::ModelOptions t;
    t.transformInput = true;
    EXPECT_THROW(models::describe("bn_inception", t), Error);
}

TEST(Registry, tooSmallAnInputIsAShapeError)
{
    try {
        models::describe("inception_v3", {}, 32);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::ShapeMismatch);
    }
}

TEST(Registry, presetsFollowTheReferences)
{
    EXPECT_EQ(models::variant("bn_inception").preprocess.order, models::ChannelOrder::BGR);
    EXPECT_EQ(models::variant("bn_inception").preprocess.range, 255.0);
    EXPECT_EQ(models::variant("inception_v3").preprocess.resize, 342);
    EXPECT_EQ(models::variant("inception_v4").preprocess.interpolation, models::Interpolation::Bicubic);
    EXPECT_EQ(models::variant("inception_resnet_v2").preprocess.resize, 333);
}
