namespace Lotse.Web.Domain.Cases;

/// <summary>The phases of the case-management cycle (DGCC): Zugang, Assessment, Planung, Linking, Monitoring, Evaluation, Abschluss.</summary>
public enum CasePhase { Intake, Assessment, Planning, Linking, Monitoring, Evaluation, Closed }

/// <summary>Lebenslagen: the life domains an assessment and a goal refer to.</summary>
public enum LifeDomain
{
    Housing, Language, Residence, Livelihood, Health, EducationSchool, QualificationRecognition,
    WorkTraining, ChildcareFamily, SocialParticipation
}

/// <summary>How the client came to the case manager.</summary>
public enum AccessRoute { Self, ReferredByOrganisation, Outreach, FamilyOrCommunity }

/// <summary>The intake decision (Erstberatung): is case management indicated?</summary>
public enum IntakeDecision { CaseManagementIndicated, ShortAdvice, ReferralOnly }

public enum ClosureReason { GoalsReached, MovedAway, HandedOver, ContactLost, EndedByClient, ShortAdviceCompleted, ReferralCompleted, Other }

public enum GoalAttainment { Achieved, PartlyAchieved, NotAchieved, Dropped }

public enum StepResponsible { Client, CaseManager, Organisation }

public enum StepStatus { Open, Done, Cancelled }

public enum ContactType { Meeting, Phone, HomeVisit, Messenger, Email, Letter, Other }
