package org.packdesk.app;

import javafx.application.Application;
import javafx.stage.Stage;

public class PackdeskApp extends Application {
  public static void launchWith(String[] args) { Application.launch(PackdeskApp.class, args); }
  @Override public void start(Stage stage) { }
}
