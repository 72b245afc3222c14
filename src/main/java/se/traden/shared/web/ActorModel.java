package se.traden.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.traden.shared.AccessGuard;
import se.traden.shared.Actor;

/** Makes the acting person available to every page (header, navigation). */
@ControllerAdvice(annotations = Controller.class)
class ActorModel {

    @ModelAttribute("actor")
    Actor actor() {
        return AccessGuard.currentActor().orElse(null);
    }
}
