package se.traden;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Tråden: one function holds the thread around every child about whom several adults worry. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TradenApplication {

    public static void main(String[] args) {
        SpringApplication.run(TradenApplication.class, args);
    }
}
