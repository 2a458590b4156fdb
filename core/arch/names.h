#pragma once
// Words a user types that are nearly right: "did you mean …" from the nearest known names
// (edit distance), and the one sentence for a node id a network does not have.
#include <string>
#include <vector>

namespace inception::arch {

struct NetworkDesc;

// Levenshtein distance, case-insensitive.
int editDistance(const std::string& a, const std::string& b);

// The known names nearest to `word`: those at the smallest distance (at most `most`, in the given
// order); none when nothing is close (more than a third of the word's letters, at least 2, differ).
std::vector<std::string> nearestNames(const std::string& word, const std::vector<std::string>& known, int most = 3);

// "did you mean 'a'?", "did you mean 'a' or 'b'?", or "" when nothing is near.
std::string didYouMean(const std::string& word, const std::vector<std::string>& known);

// Every node id of the network's tree, in order (the root's "" left out).
std::vector<std::string> nodeIds(const NetworkDesc& desc);

// "no node 'incepton4a' in googlenet; did you mean 'inception4a'? (every id: `inception-cli
// summary googlenet --ids`)".
std::string noNodeMessage(const NetworkDesc& desc, const std::string& id);

}  // namespace inception::arch
