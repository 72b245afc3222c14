package se.traden.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;

class UnreachableProviderJwtDecoderTest {

    @Test
    void aProviderNeverReachedIsAnAuthenticationServiceProblemNotAServerError() {
        var decoder = new UnreachableProviderJwtDecoder(token -> {
            throw new JwtDecoderInitializationException("discovery failed", new java.net.ConnectException());
        });
        assertThatThrownBy(() -> decoder.decode("token"))
                .isExactlyInstanceOf(JwtException.class)
                .hasCauseInstanceOf(JwtDecoderInitializationException.class);
    }

    @Test
    void aBadTokenStaysABadToken() {
        var decoder = new UnreachableProviderJwtDecoder(token -> {
            throw new BadJwtException("expired");
        });
        assertThatThrownBy(() -> decoder.decode("token")).isExactlyInstanceOf(BadJwtException.class);
    }
}
