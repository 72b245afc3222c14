package se.traden.identity;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The provider's decoder, except that a provider that cannot be reached before its keys were ever
 * fetched is reported like one that cannot be reached later: as a failed authentication service (an
 * answer of 503), not as an error of Tråden (500).
 */
final class UnreachableProviderJwtDecoder implements JwtDecoder {
    private final JwtDecoder decoder;

    UnreachableProviderJwtDecoder(JwtDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public Jwt decode(String token) {
        try {
            return decoder.decode(token);
        } catch (JwtDecoderInitializationException e) {
            throw new JwtException("the identity provider could not be reached", e);
        }
    }
}
