#pragma once
// Which files are pictures (by their extension: what OpenCV 4.6 decodes), and the pictures in a
// folder. The dataset index, the training's image folders, the live slide show and `classify`
// list folders through it.
#include <filesystem>
#include <string>
#include <vector>

namespace inception::vision {

// The extensions taken as pictures, lower case with the dot (".jpg", …).
const std::vector<std::string>& imageExtensions();
bool hasImageExtension(const std::filesystem::path& path);

// The image files in `dir` (and its sub-folders when `recursive`), sorted by path. Unreadable
// sub-folders are left out; `dir` itself must be a readable folder (inception::Error otherwise).
std::vector<std::filesystem::path> imageFilesIn(const std::string& dir, bool recursive = false);

}  // namespace inception::vision
