#pragma once
// The window's parts, found by type as a test (or the command line) reaches them: the window
// hands none of them out.
#include <QtTest>
#include <QAction>
#include <QMenu>

#include <memory>

#include "explorer/channels/channelcontroller.h"
#include "explorer/channels/channelpanel.h"
#include "explorer/diagram/diagramscene.h"
#include "explorer/diagram/diagramview.h"
#include "explorer/explain/explanationcontroller.h"
#include "explorer/explain/explanationpanel.h"
#include "explorer/explain/knockoutcontroller.h"
#include "explorer/inference/folderrun.h"
#include "explorer/inference/imageinput.h"
#include "explorer/inference/inferenceservice.h"
#include "explorer/inference/runchoices.h"
#include "explorer/inspect/activationspanel.h"
#include "explorer/inspect/detailspanel.h"
#include "explorer/inspect/predictionspanel.h"
#include "explorer/inspect/statisticspanel.h"
#include "explorer/lecture/figurecontroller.h"
#include "explorer/lecture/paperpanel.h"
#include "explorer/lecture/tourcontroller.h"
#include "explorer/live/livecontroller.h"
#include "explorer/live/livepanel.h"
#include "explorer/shell/mainwindow.h"
#include "explorer/shell/nodemenu.h"
#include "explorer/training/trainingpanel.h"
#include "explorer/weights/weightspanel.h"

namespace explorer::test {

struct Parts {
    explicit Parts(QWidget& w)
        : scene(find<DiagramScene>(w)), view(find<DiagramView>(w)), service(find<InferenceService>(w)),
          choices(find<RunChoices>(w)), folders(find<FolderRun>(w)), input(find<ImageInput>(w)),
          predictions(find<PredictionsPanel>(w)), activations(find<ActivationsPanel>(w)),
          details(find<DetailsPanel>(w)), statistics(find<StatisticsPanel>(w)), weights(find<WeightsPanel>(w)),
          training(find<TrainingPanel>(w)), live(find<LiveController>(w)), knockouts(find<KnockoutController>(w)),
          explanation(find<ExplanationController>(w)), channels(find<ChannelController>(w)),
          figures(find<FigureController>(w)), tours(find<TourController>(w)), paper(find<PaperPanel>(w)),
          menu(find<NodeMenu>(w))
    {
    }
    template <class T>
    static T* find(QWidget& w)
    {
        T* part = w.findChild<T*>();
        if (!part)
            qFatal("the window has no %s", T::staticMetaObject.className());
        return part;
    }
    DiagramScene* scene;
    DiagramView* view;
    InferenceService* service;
    RunChoices* choices;
    FolderRun* folders;
    ImageInput* input;
    PredictionsPanel* predictions;
    ActivationsPanel* activations;
    DetailsPanel* details;
    StatisticsPanel* statistics;
    WeightsPanel* weights;
    TrainingPanel* training;
    LiveController* live;
    KnockoutController* knockouts;
    ExplanationController* explanation;
    ChannelController* channels;
    FigureController* figures;
    TourController* tours;
    PaperPanel* paper;
    NodeMenu* menu;
    ChannelPanel* look() const { return channels->panel(); }
};

inline Parts P(QWidget& w) { return Parts(w); }
inline Parts P(QWidget* w) { return Parts(*w); }
template <class T>
Parts P(const std::unique_ptr<T>& w)
{
    return Parts(*w);
}

// The menu's entry with this text, or null.
inline QAction* menuAction(QMenu* menu, const QString& text)
{
    for (auto* a : menu->actions())
        if (a->text() == text)
            return a;
    return nullptr;
}

}  // namespace explorer::test
