package se.traden.collaboration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The risk signals over HTTP. */
@RestController
@Tag(name = "Risk signals", description = "Signs across cases that a thread is about to be dropped")
class RiskSignalApi {
    private final RiskSignals signals;

    RiskSignalApi(RiskSignals signals) {
        this.signals = signals;
    }

    @GetMapping("/api/v1/risk-signals")
    @Operation(summary = "The risk signals of the municipality's active cases (individual coordinator only)")
    List<RiskSignal> current() {
        return signals.current();
    }
}
