package no.placetrain.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest host application: Camunda's starter plus our auto-configuration, nothing else. */
@SpringBootApplication
public class TestApplication {}
